package cn.sz.dataexchange.api.enforcement.web;

import static cn.sz.dataexchange.api.security.AccessRules.ADMIN;
import static cn.sz.dataexchange.api.security.AccessRules.BUYER;
import static cn.sz.dataexchange.api.security.AccessRules.REGULATOR;
import static cn.sz.dataexchange.api.security.AccessRules.SELLER;

import cn.sz.dataexchange.api.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call the cases paths, per method; HEAD follows GET. Anything else under
 * {@code /api/v1/cases} is denied. Ownership (the respondent sees its own cases, others get 404) and
 * who may make which move are checked by the use cases.
 */
@Configuration(proxyBeanMethods = false)
public class EnforcementAccessRules {

    static final String[] READ = {"/api/v1/cases", "/api/v1/cases/*", "/api/v1/cases/*/events",
            "/api/v1/cases/*/decision"};

    @Bean
    AccessRules enforcementRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/detection-runs").hasAnyRole(ADMIN, REGULATOR)
                .pathMatchers(HttpMethod.GET, "/api/v1/cases/detection-runs", "/api/v1/cases/detection-runs/*")
                .hasAnyRole(ADMIN, REGULATOR)
                .pathMatchers(HttpMethod.HEAD, "/api/v1/cases/detection-runs", "/api/v1/cases/detection-runs/*")
                .hasAnyRole(ADMIN, REGULATOR)
                .pathMatchers("/api/v1/cases/detection-runs", "/api/v1/cases/detection-runs/**").denyAll()
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/complaints").hasAnyRole(BUYER, ADMIN)
                .pathMatchers(HttpMethod.GET, "/api/v1/cases/complaints").hasAnyRole(BUYER, ADMIN, REGULATOR)
                .pathMatchers(HttpMethod.HEAD, "/api/v1/cases/complaints").hasAnyRole(BUYER, ADMIN, REGULATOR)
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/complaints/*/case").hasRole(ADMIN)
                .pathMatchers("/api/v1/cases/complaints", "/api/v1/cases/complaints/**").denyAll()
                .pathMatchers(HttpMethod.POST, "/api/v1/cases").hasAnyRole(ADMIN, REGULATOR)
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/investigation", "/api/v1/cases/*/referral",
                        "/api/v1/cases/*/enforcement", "/api/v1/cases/*/closure").hasRole(ADMIN)
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/correction-order", "/api/v1/cases/*/correction",
                        "/api/v1/cases/*/decision").hasRole(REGULATOR)
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/dismissal", "/api/v1/cases/*/confirmed-needs")
                .hasAnyRole(ADMIN, REGULATOR)
                .pathMatchers(HttpMethod.POST, "/api/v1/cases/*/statements").hasAnyRole(SELLER, BUYER)
                .pathMatchers(HttpMethod.GET, READ).hasAnyRole(ADMIN, REGULATOR, SELLER, BUYER)
                .pathMatchers(HttpMethod.HEAD, READ).hasAnyRole(ADMIN, REGULATOR, SELLER, BUYER)
                .pathMatchers("/api/v1/cases", "/api/v1/cases/**").denyAll();
    }
}
