package cn.sz.dataexchange.api.payment.application;

/** The gateway could not be reached or failed (5xx, timeout, open circuit): infrastructure, retried. */
public final class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayUnavailable(String message) {
        super(message);
    }
}
