package cn.sz.dataexchange.api.reconciliation.web;

import static cn.sz.dataexchange.api.security.AccessRules.ADMIN;
import static cn.sz.dataexchange.api.security.AccessRules.REGULATOR;

import cn.sz.dataexchange.api.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Reconciliation is platform business: administrators start runs; administrators and regulators read them. */
@Configuration(proxyBeanMethods = false)
public class ReconciliationAccessRules {

    @Bean
    AccessRules reconciliationRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/reconciliations").hasRole(ADMIN)
                .matchers(AccessRules.reading("/api/v1/reconciliations", "/api/v1/reconciliations/**"))
                .hasAnyRole(ADMIN, REGULATOR);
    }
}
