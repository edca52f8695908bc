package cn.sz.dataexchange.api.publicdata;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.publicdata.application.FingerprintDatasets;
import cn.sz.dataexchange.api.publicdata.application.ImportingCatalogEntries;
import cn.sz.dataexchange.api.publicdata.application.ImportingFingerprints;
import cn.sz.dataexchange.api.publicdata.application.PublicDataEntries;
import cn.sz.dataexchange.api.publicdata.application.PublicDataForValidation;
import cn.sz.dataexchange.api.publicdata.infrastructure.R2dbcFingerprintDatasets;
import cn.sz.dataexchange.api.publicdata.infrastructure.R2dbcPublicDataEntries;
import cn.sz.dataexchange.api.security.AccessRules;
import cn.sz.dataexchange.api.security.MasterKey;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.scheduler.Scheduler;

/** Wiring of the public-data area. Fingerprint files are parsed on the asset I/O scheduler. */
@Configuration(proxyBeanMethods = false)
public class PublicDataConfiguration {

    /** Largest fingerprint file accepted (about 15 million fingerprints). */
    private static final long MAX_FINGERPRINT_FILE = 1L << 30;

    @Bean
    R2dbcPublicDataEntries publicDataEntries(DatabaseClient db) {
        return new R2dbcPublicDataEntries(db);
    }

    @Bean
    R2dbcFingerprintDatasets fingerprintDatasets(DatabaseClient db) {
        return new R2dbcFingerprintDatasets(db);
    }

    @Bean
    ImportingCatalogEntries importingCatalogEntries(PublicDataEntries entries, AuditLog audit, TransactionalOperator tx,
                                                    Clock clock) {
        return new ImportingCatalogEntries(entries, audit, tx, clock);
    }

    @Bean
    ImportingFingerprints importingFingerprints(FingerprintDatasets datasets, MasterKey masterKey, AuditLog audit,
                                                TransactionalOperator tx, Clock clock,
                                                @Qualifier("assetIoScheduler") Scheduler worker) {
        return new ImportingFingerprints(datasets, masterKey, audit, tx, clock, worker, MAX_FINGERPRINT_FILE);
    }

    @Bean
    PublicDataForValidation publicDataForValidation(PublicDataEntries entries, FingerprintDatasets datasets,
                                                    MasterKey masterKey) {
        return new PublicDataForValidation(entries, datasets, masterKey);
    }

    @Bean
    AccessRules publicDataAccessRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/public-data/**").hasRole(AccessRules.ADMIN)
                .matchers(AccessRules.reading("/api/v1/public-data/catalog")).authenticated();
    }
}
