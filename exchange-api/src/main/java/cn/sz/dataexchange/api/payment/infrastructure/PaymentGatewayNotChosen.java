package cn.sz.dataexchange.api.payment.infrastructure;

/**
 * Start-up refused because no payment gateway was chosen. There is no default: a deployment that
 * forgot the setting must not take payments through the in-memory simulator (ADR 0069).
 */
public final class PaymentGatewayNotChosen extends IllegalStateException {

    public static final String PROPERTY = "exchange.payment.gateway.mode";
    public static final String VARIABLE = "EXCHANGE_PAYMENT_GATEWAY_MODE";

    PaymentGatewayNotChosen() {
        super("No payment gateway chosen: set " + PROPERTY + " (environment variable " + VARIABLE + ") to "
                + "'external', with exchange.payment.gateway.base-url (EXCHANGE_PAYMENT_GATEWAY_URL) naming the "
                + "gateway, or to 'embedded' for the simulator the exchange starts itself, which keeps payments "
                + "in memory only (demos and trials). The demo profile chooses 'embedded'.");
    }
}
