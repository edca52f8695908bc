package cn.sz.dataexchange.api.catalog;

import cn.sz.dataexchange.api.catalog.infrastructure.R2dbcCatalog;
import cn.sz.dataexchange.api.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Wiring of the catalog. Any authenticated member or staff may read it. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    R2dbcCatalog catalog(DatabaseClient db) {
        return new R2dbcCatalog(db);
    }

    @Bean
    AccessRules catalogAccessRules() {
        return ex -> ex.matchers(AccessRules.reading("/api/v1/catalog", "/api/v1/catalog/**")).authenticated();
    }
}
