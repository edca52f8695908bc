package cn.sz.dataexchange.api.review;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.listings.application.Listings;
import cn.sz.dataexchange.api.listings.application.RecordingListingChange;
import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import cn.sz.dataexchange.api.review.application.DecidingOnListing;
import cn.sz.dataexchange.api.review.application.ReviewDecisions;
import cn.sz.dataexchange.api.review.infrastructure.R2dbcReviewDecisions;
import cn.sz.dataexchange.api.review.infrastructure.R2dbcReviewQueue;
import cn.sz.dataexchange.api.security.AccessRules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Wiring of review. */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    @Bean
    R2dbcReviewDecisions reviewDecisions(DatabaseClient db) {
        return new R2dbcReviewDecisions(db);
    }

    @Bean
    R2dbcReviewQueue reviewQueue(DatabaseClient db) {
        return new R2dbcReviewQueue(db);
    }

    @Bean
    DecidingOnListing decidingOnListing(Listings listings, ValidationRuns runs, ReviewDecisions decisions,
                                        RecordingListingChange recording, AuditLog audit, TransactionalOperator tx,
                                        Clock clock) {
        return new DecidingOnListing(listings, runs, decisions, recording, audit, tx, clock);
    }

    @Bean
    AccessRules reviewAccessRules() {
        return ex -> ex
                .matchers(AccessRules.reading("/api/v1/review/**")).hasAnyRole(AccessRules.ADMIN, AccessRules.REGULATOR)
                .pathMatchers(HttpMethod.POST, "/api/v1/listings/*/decisions", "/api/v1/listings/*/suspend")
                .hasRole(AccessRules.ADMIN)
                .pathMatchers(HttpMethod.POST, "/api/v1/listings/*/delist").hasAnyRole(AccessRules.ADMIN, AccessRules.SELLER)
                .matchers(AccessRules.reading("/api/v1/listings/*/decisions"))
                .hasAnyRole(AccessRules.SELLER, AccessRules.ADMIN, AccessRules.REGULATOR);
    }
}
