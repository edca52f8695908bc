package cn.sz.dataexchange.settlement.gateway.protocol;

/**
 * An error body ({@code application/problem+json}, RFC 9457). {@code type} is
 * {@code urn:sz-dataexchange:gateway:<code>}; {@code code} is the stable slug a client switches on;
 * {@code escrowId} is set when the problem concerns an existing escrow (e.g. {@code escrow-exists}).
 */
public record GatewayProblem(String type, String title, int status, String detail, String code, String escrowId) {

    public static GatewayProblem of(int status, String code, String title, String detail) {
        return new GatewayProblem("urn:sz-dataexchange:gateway:" + code, title, status, detail, code, null);
    }

    public GatewayProblem aboutEscrow(String id) {
        return new GatewayProblem(type, title, status, detail, code, id);
    }
}
