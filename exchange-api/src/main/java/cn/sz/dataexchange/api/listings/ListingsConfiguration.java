package cn.sz.dataexchange.api.listings;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.assets.application.ReadingAssets;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.consent.application.ConsentEvents;
import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.application.LedgerForValidation;
import cn.sz.dataexchange.api.consent.application.SubjectKeys;
import cn.sz.dataexchange.api.listings.application.CatalogShelf;
import cn.sz.dataexchange.api.listings.application.ChangingListingStatus;
import cn.sz.dataexchange.api.listings.application.ConsentCoverageReport;
import cn.sz.dataexchange.api.listings.application.CreatingListing;
import cn.sz.dataexchange.api.listings.application.EditingListing;
import cn.sz.dataexchange.api.listings.application.ListingSuspensionListener;
import cn.sz.dataexchange.api.listings.application.Listings;
import cn.sz.dataexchange.api.listings.application.ProductsOnSale;
import cn.sz.dataexchange.api.listings.application.RecordingListingChange;
import cn.sz.dataexchange.api.listings.application.RecordingValidationOutcome;
import cn.sz.dataexchange.api.listings.application.RunningValidation;
import cn.sz.dataexchange.api.listings.application.SubjectIndex;
import cn.sz.dataexchange.api.listings.application.SubmittingListing;
import cn.sz.dataexchange.api.listings.application.SuspendingOnWithdrawal;
import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import cn.sz.dataexchange.api.listings.application.ValidationSettings;
import cn.sz.dataexchange.api.listings.application.ViewingListings;
import cn.sz.dataexchange.api.listings.infrastructure.R2dbcListings;
import cn.sz.dataexchange.api.listings.infrastructure.R2dbcSubjectIndex;
import cn.sz.dataexchange.api.listings.infrastructure.R2dbcValidationRuns;
import cn.sz.dataexchange.api.listings.infrastructure.ValidationWorker;
import cn.sz.dataexchange.api.notifications.Notifications;
import cn.sz.dataexchange.api.publicdata.application.PublicDataForValidation;
import cn.sz.dataexchange.api.security.AccessRules;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wiring of listings and their validation. The validator runs on its own bounded scheduler. */
@Configuration(proxyBeanMethods = false)
public class ListingsConfiguration {

    @Bean
    R2dbcListings listings(DatabaseClient db, Clock clock) {
        return new R2dbcListings(db, clock);
    }

    @Bean
    R2dbcValidationRuns validationRuns(DatabaseClient db) {
        return new R2dbcValidationRuns(db);
    }

    @Bean
    R2dbcSubjectIndex subjectIndex(DatabaseClient db) {
        return new R2dbcSubjectIndex(db);
    }

    @Bean(destroyMethod = "dispose")
    Scheduler validationScheduler(ListingsProperties properties) {
        return Schedulers.newBoundedElastic(properties.validation().concurrency(), 1000, "validation", 60, true);
    }

    @Bean
    ValidationSettings validationSettings(ListingsProperties properties) {
        ListingsProperties.Validation v = properties.validation();
        return new ValidationSettings(v.validatorConfig(), v.lease(), v.progressInterval(), v.maxAttempts());
    }

    @Bean
    RecordingListingChange recordingListingChange(Listings listings, AuditLog audit, CatalogShelf shelf,
                                                  SubjectIndex subjects, ValidationRuns runs, Notifications notifications,
                                                  ObjectProvider<ListingSuspensionListener> listeners, Clock clock) {
        return new RecordingListingChange(listings, audit, shelf, subjects, runs, notifications, listeners, clock);
    }

    @Bean
    ViewingListings viewingListings(Listings listings) {
        return new ViewingListings(listings);
    }

    @Bean
    CreatingListing creatingListing(Listings listings, AssetRecords assets, AuditLog audit, TransactionalOperator tx,
                                    Clock clock) {
        return new CreatingListing(listings, assets, audit, tx, clock);
    }

    @Bean
    EditingListing editingListing(Listings listings, AssetRecords assets, RecordingListingChange recording,
                                  TransactionalOperator tx, Clock clock) {
        return new EditingListing(listings, assets, recording, tx, clock);
    }

    @Bean
    RecordingValidationOutcome recordingValidationOutcome(Listings listings, ValidationRuns runs,
                                                          RecordingListingChange recording, Notifications notifications,
                                                          TransactionalOperator tx, Clock clock) {
        return new RecordingValidationOutcome(listings, runs, recording, notifications, tx, clock);
    }

    @Bean
    RunningValidation runningValidation(Listings listings, AssetRecords assets, ReadingAssets reading, ValidationRuns runs,
                                        SubjectKeys subjectKeys, LedgerForValidation ledger,
                                        PublicDataForValidation publicData, RecordingValidationOutcome outcome,
                                        @Qualifier("validationScheduler") Scheduler validation, Clock clock,
                                        ValidationSettings settings) {
        return new RunningValidation(listings, assets, reading, runs, subjectKeys, ledger, publicData, outcome,
                validation, clock, settings);
    }

    @Bean
    ValidationWorker validationWorker(ValidationRuns runs, RunningValidation running, Clock clock,
                                      ListingsProperties properties) {
        ListingsProperties.Validation v = properties.validation();
        return new ValidationWorker(runs, running, clock, v.pollInterval(), v.lease(), v.concurrency());
    }

    @Bean
    SubmittingListing submittingListing(Listings listings, AssetRecords assets, ValidationRuns runs,
                                        RecordingListingChange recording, AuditLog audit, TransactionalOperator tx,
                                        Clock clock, ValidationWorker worker) {
        return new SubmittingListing(listings, assets, runs, recording, audit, tx, clock, worker::wake);
    }

    @Bean
    ChangingListingStatus changingListingStatus(Listings listings, RecordingListingChange recording,
                                                TransactionalOperator tx, Clock clock) {
        return new ChangingListingStatus(listings, recording, tx, clock);
    }

    @Bean
    SuspendingOnWithdrawal suspendingOnWithdrawal(SubjectIndex index, Listings listings, ConsentRecords records,
                                                  ValidationRuns runs, RecordingListingChange recording, Clock clock) {
        return new SuspendingOnWithdrawal(index, listings, records, runs, recording, clock);
    }

    @Bean
    ProductsOnSale productsOnSale(Listings listings, AssetRecords assets) {
        return new ProductsOnSale(listings, assets);
    }

    @Bean
    ConsentCoverageReport consentCoverageReport(ViewingListings viewing, ValidationRuns runs, ConsentEvents events) {
        return new ConsentCoverageReport(viewing, runs, events);
    }

    @Bean
    AccessRules listingAccessRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/listings", "/api/v1/listings/*/submit").hasRole(AccessRules.SELLER)
                .pathMatchers(HttpMethod.PATCH, "/api/v1/listings/*").hasRole(AccessRules.SELLER)
                .matchers(AccessRules.reading("/api/v1/listings", "/api/v1/listings/*", "/api/v1/listings/*/validation",
                        "/api/v1/listings/*/validation/events"))
                .hasAnyRole(AccessRules.SELLER, AccessRules.ADMIN, AccessRules.REGULATOR);
    }
}
