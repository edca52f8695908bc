package cn.sz.dataexchange.api.consent;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.consent.application.ConsentEvents;
import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.application.ImportingConsents;
import cn.sz.dataexchange.api.consent.application.LedgerForValidation;
import cn.sz.dataexchange.api.consent.application.SubjectKeys;
import cn.sz.dataexchange.api.consent.application.WithdrawalConsequences;
import cn.sz.dataexchange.api.consent.application.WithdrawingConsent;
import cn.sz.dataexchange.api.consent.infrastructure.PostgresCopy;
import cn.sz.dataexchange.api.consent.infrastructure.R2dbcConsentEvents;
import cn.sz.dataexchange.api.consent.infrastructure.R2dbcConsentRecords;
import cn.sz.dataexchange.api.consent.infrastructure.R2dbcSubjectKeySecrets;
import cn.sz.dataexchange.api.identity.application.Organisations;
import cn.sz.dataexchange.api.security.AccessRules;
import cn.sz.dataexchange.api.web.BodyLimit;
import cn.sz.dataexchange.api.security.MasterKey;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.scheduler.Scheduler;

/** Wiring of the consent ledger. Import lines are parsed on the asset I/O scheduler. */
@Configuration(proxyBeanMethods = false)
public class ConsentConfiguration {

    @Bean
    PostgresCopy postgresCopy(DatabaseClient db) {
        return new PostgresCopy(db);
    }

    @Bean
    R2dbcConsentRecords consentRecords(DatabaseClient db, PostgresCopy copy) {
        return new R2dbcConsentRecords(db, copy);
    }

    @Bean
    R2dbcConsentEvents consentEvents(DatabaseClient db) {
        return new R2dbcConsentEvents(db);
    }

    @Bean
    SubjectKeys subjectKeys(DatabaseClient db, MasterKey masterKey) {
        return new SubjectKeys(new R2dbcSubjectKeySecrets(db), masterKey);
    }

    @Bean
    BodyLimit consentImportLimit(ConsentProperties properties) {
        return BodyLimit.of(HttpMethod.POST, "/api/v1/consents", properties.maxImportSize().toBytes());
    }

    @Bean
    ImportingConsents importingConsents(ConsentRecords records, ConsentEvents events, SubjectKeys keys, AuditLog audit,
                                        TransactionalOperator tx, Clock clock,
                                        @Qualifier("assetIoScheduler") Scheduler worker, ConsentProperties properties) {
        return new ImportingConsents(records, events, keys, audit, tx, clock, worker, new ImportingConsents.Settings(
                properties.maxImportSize().toBytes(), (int) properties.maxLineSize().toBytes(), properties.batchSize(),
                properties.errorsListed()));
    }

    @Bean
    WithdrawingConsent withdrawingConsent(ConsentRecords records, ConsentEvents events, SubjectKeys keys,
                                          Organisations organisations, WithdrawalConsequences consequences,
                                          AuditLog audit, TransactionalOperator tx, Clock clock) {
        return new WithdrawingConsent(records, events, keys, organisations, consequences, audit, tx, clock);
    }

    @Bean
    LedgerForValidation ledgerForValidation(ConsentRecords records) {
        return new LedgerForValidation(records);
    }

    @Bean
    AccessRules consentAccessRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/consents").hasRole(AccessRules.SELLER)
                .pathMatchers(HttpMethod.POST, "/api/v1/consents/withdrawals").hasAnyRole(AccessRules.SELLER, AccessRules.ADMIN)
                .matchers(AccessRules.reading("/api/v1/consents/coverage"))
                .hasAnyRole(AccessRules.SELLER, AccessRules.ADMIN, AccessRules.REGULATOR);
    }
}
