package cn.sz.dataexchange.api.payment.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal to start without a payment gateway as Spring Boot's short report, not a stack trace. */
public class PaymentGatewayNotChosenFailureAnalyzer extends AbstractFailureAnalyzer<PaymentGatewayNotChosen> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PaymentGatewayNotChosen cause) {
        return new FailureAnalysis("No payment gateway was chosen; the exchange has no default for it.",
                "Set " + PaymentGatewayNotChosen.VARIABLE + " (property " + PaymentGatewayNotChosen.PROPERTY
                        + ") to one of:\n"
                        + "  external  a real payment gateway; also set EXCHANGE_PAYMENT_GATEWAY_URL"
                        + " (exchange.payment.gateway.base-url)\n"
                        + "  embedded  the simulator the exchange starts on loopback; it keeps payments in memory"
                        + " only (demos, trials)\n"
                        + "The demo profile (--spring.profiles.active=demo) chooses embedded.", cause);
    }
}
