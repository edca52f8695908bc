package cn.sz.dataexchange.api.payment.infrastructure;

import cn.sz.dataexchange.api.payment.PaymentProperties;
import cn.sz.dataexchange.api.payment.application.PaymentGateway;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Wiring of the payment area: the gateway (embedded simulator or external URL) behind its resilience operators. */
@Configuration(proxyBeanMethods = false)
public class PaymentConfiguration {

    @Bean(destroyMethod = "close")
    GatewayEndpoint gatewayEndpoint(PaymentProperties properties) {
        return GatewayEndpoint.of(properties.gateway());
    }

    @Bean
    GatewayResilience gatewayResilience(PaymentProperties properties,
                                        ObjectProvider<CircuitBreakerRegistry> breakers,
                                        ObjectProvider<RetryRegistry> retries,
                                        ObjectProvider<BulkheadRegistry> bulkheads) {
        return new GatewayResilience(properties.gateway(), breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
                retries.getIfAvailable(RetryRegistry::ofDefaults), bulkheads.getIfAvailable(BulkheadRegistry::ofDefaults));
    }

    @Bean
    PaymentGateway paymentGateway(PaymentProperties properties, GatewayEndpoint endpoint,
                                  GatewayResilience resilience) {
        HttpClient http = HttpClient.create(ConnectionProvider.builder("payment-gateway").maxConnections(128)
                        .pendingAcquireMaxCount(1024).build())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.gateway().connectTimeout().toMillis());
        return new HttpPaymentGateway(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)), endpoint.baseUri(),
                resilience);
    }
}
