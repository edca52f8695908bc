package cn.sz.dataexchange.api.trading.web;

import static cn.sz.dataexchange.api.security.AccessRules.ADMIN;
import static cn.sz.dataexchange.api.security.AccessRules.BUYER;
import static cn.sz.dataexchange.api.security.AccessRules.REGULATOR;
import static cn.sz.dataexchange.api.security.AccessRules.SELLER;

import cn.sz.dataexchange.api.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Which roles may call the trading, delivery and webhook paths; ownership is checked by the use cases. */
@Configuration(proxyBeanMethods = false)
public class TradingAccessRules {

    @Bean
    AccessRules tradingRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/trades", "/api/v1/trades/*/payment",
                        "/api/v1/trades/*/delivery-tokens", "/api/v1/trades/*/receipt", "/api/v1/trades/*/acceptance")
                .hasRole(BUYER)
                .pathMatchers(HttpMethod.POST, "/api/v1/trades/*/signatures", "/api/v1/trades/*/disputes")
                .hasAnyRole(BUYER, SELLER)
                .pathMatchers(HttpMethod.POST, "/api/v1/trades/*/cancellation").hasAnyRole(BUYER, SELLER, ADMIN)
                .pathMatchers(HttpMethod.POST, "/api/v1/trades/*/resolution").hasRole(ADMIN)
                .matchers(AccessRules.reading("/api/v1/deliveries/*")).hasRole(BUYER)
                .matchers(AccessRules.reading("/api/v1/trades", "/api/v1/trades/**"))
                .hasAnyRole(BUYER, SELLER, ADMIN, REGULATOR)
                .pathMatchers("/api/v1/notifications/webhook").hasAnyRole(BUYER, SELLER);
    }
}
