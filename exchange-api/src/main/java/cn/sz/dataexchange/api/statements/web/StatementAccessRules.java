package cn.sz.dataexchange.api.statements.web;

import static cn.sz.dataexchange.api.security.AccessRules.ADMIN;
import static cn.sz.dataexchange.api.security.AccessRules.BUYER;
import static cn.sz.dataexchange.api.security.AccessRules.REGULATOR;
import static cn.sz.dataexchange.api.security.AccessRules.SELLER;

import cn.sz.dataexchange.api.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Statements are read-only: GET and HEAD under one rule each. Members read their own organisation's
 * (ownership in the use case, another's is 404); the platform's statement is for platform staff.
 */
@Configuration(proxyBeanMethods = false)
public class StatementAccessRules {

    @Bean
    AccessRules statementRules() {
        return ex -> ex
                .matchers(AccessRules.reading("/api/v1/statements/platform", "/api/v1/statements/platform/**"))
                .hasAnyRole(ADMIN, REGULATOR)
                .matchers(AccessRules.reading("/api/v1/statements/organisations/**"))
                .hasAnyRole(SELLER, BUYER, ADMIN, REGULATOR);
    }
}
