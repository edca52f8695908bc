package cn.sz.dataexchange.api.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.api.ExchangeApplication;
import cn.sz.dataexchange.api.payment.PaymentProperties.Gateway;
import cn.sz.dataexchange.api.payment.PaymentProperties.GatewayMode;
import cn.sz.dataexchange.api.payment.infrastructure.GatewayEndpoint;
import cn.sz.dataexchange.api.payment.infrastructure.PaymentGatewayNotChosen;
import cn.sz.dataexchange.api.payment.infrastructure.PaymentGatewayNotChosenFailureAnalyzer;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.TestDatabase;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/**
 * The payment gateway has no default: the service as deployed (its packaged configuration only, no
 * profile) refuses to start until the gateway is named, and says how. The demo profile names the
 * embedded simulator (EmbeddedDatabaseRestartTest starts it from the packaged configuration).
 */
class PaymentGatewayChoiceTest {

    @Test
    void the_service_refuses_to_start_without_a_gateway_choice_and_names_the_setting_and_its_choices() {
        TestDatabase.Connection db = TestDatabase.get();
        Throwable failure = catchStart(
                // The packaged configuration only: not the tests' config/application.yml, which chooses.
                "--spring.config.location=classpath:/application.yml",
                "--server.port=0",
                "--exchange.database.embedded-enabled=false",
                "--spring.r2dbc.url=" + db.r2dbcUrl(), "--spring.r2dbc.username=" + db.user(),
                "--spring.r2dbc.password=" + db.password(), "--spring.flyway.url=" + db.jdbcUrl(),
                "--spring.flyway.user=" + db.user(), "--spring.flyway.password=" + db.password(),
                "--exchange.security.master-key=" + IntegrationTest.MASTER_KEY,
                "--exchange.data-dir=" + IntegrationTest.DATA_DIR,
                "--exchange.trading.scheduler.enabled=false");

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(PaymentGatewayNotChosen.class)
                .hasMessageContaining("exchange.payment.gateway.mode")
                .hasMessageContaining("EXCHANGE_PAYMENT_GATEWAY_MODE")
                .hasMessageContaining("'external'").hasMessageContaining("'embedded'")
                .hasMessageContaining("EXCHANGE_PAYMENT_GATEWAY_URL");

        FailureAnalysis analysis = new PaymentGatewayNotChosenFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getAction()).contains("EXCHANGE_PAYMENT_GATEWAY_MODE", "external", "embedded",
                "EXCHANGE_PAYMENT_GATEWAY_URL", "demo");
    }

    @Test
    void an_external_gateway_needs_its_url() {
        assertThatThrownBy(() -> GatewayEndpoint.of(gateway(GatewayMode.EXTERNAL, " ")))
                .hasMessageContaining("EXCHANGE_PAYMENT_GATEWAY_URL");
        try (GatewayEndpoint endpoint = GatewayEndpoint.of(gateway(GatewayMode.EXTERNAL, "https://pay.example.org"))) {
            assertThat(endpoint.baseUri()).isEqualTo(URI.create("https://pay.example.org"));
            assertThat(endpoint.simulator()).isEmpty();
        }
    }

    @Test
    void no_mode_is_no_choice() {
        assertThatThrownBy(() -> GatewayEndpoint.of(gateway(null, "https://pay.example.org")))
                .isInstanceOf(PaymentGatewayNotChosen.class);
    }

    private static Gateway gateway(GatewayMode mode, String baseUrl) {
        return new Gateway(mode, baseUrl, null, null, null, null, null, null);
    }

    private static Throwable catchStart(String... arguments) {
        try {
            new SpringApplicationBuilder(ExchangeApplication.class).run(arguments).close();
        } catch (RuntimeException expected) {
            return expected;
        }
        throw new AssertionError("the service started without a payment gateway choice");
    }
}
