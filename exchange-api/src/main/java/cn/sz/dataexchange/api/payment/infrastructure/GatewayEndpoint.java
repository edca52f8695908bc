package cn.sz.dataexchange.api.payment.infrastructure;

import cn.sz.dataexchange.api.payment.PaymentProperties;
import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import java.net.URI;
import java.util.Optional;

/** Where the payment gateway is: the embedded simulator (started and stopped with the service) or an external URL. */
public final class GatewayEndpoint implements AutoCloseable {

    private final URI baseUri;
    private final Optional<EmbeddedGateway> embedded;

    private GatewayEndpoint(URI baseUri, Optional<EmbeddedGateway> embedded) {
        this.baseUri = baseUri;
        this.embedded = embedded;
    }

    /** The gateway the settings choose; refuses settings that choose none. */
    public static GatewayEndpoint of(PaymentProperties.Gateway settings) {
        if (settings.mode() == null) {
            throw new PaymentGatewayNotChosen();
        }
        if (settings.isEmbedded()) {
            EmbeddedGateway gateway = EmbeddedGateway.acquire(settings.embedded());
            return new GatewayEndpoint(gateway.baseUri(), Optional.of(gateway));
        }
        if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
            throw new IllegalStateException("exchange.payment.gateway.base-url (EXCHANGE_PAYMENT_GATEWAY_URL) must "
                    + "name the gateway when exchange.payment.gateway.mode is external");
        }
        return new GatewayEndpoint(URI.create(settings.baseUrl()), Optional.empty());
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The embedded simulator, when the gateway is embedded (tests use it to inject faults). */
    public Optional<GatewaySimulator> simulator() {
        return embedded.map(EmbeddedGateway::simulator);
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedGateway::close);
    }
}
