package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.GatewayProblem;

/** What the simulator answers: a status and a body; problems go out as {@code application/problem+json}. */
record GatewayReply(int status, Object body) {

    static GatewayReply ok(Object body) {
        return new GatewayReply(200, body);
    }

    static GatewayReply created(Object body) {
        return new GatewayReply(201, body);
    }

    static GatewayReply problem(GatewayProblem problem) {
        return new GatewayReply(problem.status(), problem);
    }

    static GatewayReply problem(int status, String code, String title, String detail) {
        return problem(GatewayProblem.of(status, code, title, detail));
    }

    static GatewayReply notFound(String what, String id) {
        return problem(404, what + "-not-found", "Not found", what + " " + id + " does not exist");
    }

    boolean isProblem() {
        return body instanceof GatewayProblem;
    }
}
