package cn.sz.dataexchange.settlement.gateway.simulator;

/** A request the simulator cannot read (bad JSON, a missing or ill-typed field); becomes a 400 at once. */
final class InvalidRequest extends RuntimeException {

    InvalidRequest(String message) {
        super(message, null, false, false);
    }
}
