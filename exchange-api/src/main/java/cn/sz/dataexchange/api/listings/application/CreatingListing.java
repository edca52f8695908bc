package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** A seller drafts a listing for one of its assets. */
public final class CreatingListing {

    private final Listings listings;
    private final AssetRecords assets;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public CreatingListing(Listings listings, AssetRecords assets, AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.listings = listings;
        this.assets = assets;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Result<Listing>> create(Caller seller, ProductDetails details) {
        if (seller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Listings belong to organisations")));
        }
        OrgId org = seller.orgId().get();
        UUID id = UUID.randomUUID();
        return assets.find(details.assetId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(asset -> {
                    Result<ProductDetails> checked = ProductRules.check(details, asset, org);
                    if (checked instanceof Result.Refused<ProductDetails> refused) {
                        return Mono.just(Result.<Listing>refused(refused.refusal()));
                    }
                    Listing listing = Listing.create(id, org, details, clock.instant());
                    return tx.transactional(listings.insert(listing, seller.actor())
                            .flatMap(saved -> audit.append(RecordingListingChange.stream(id), seller.actor(),
                                    "listing.created", Map.of("version", 1, "assetId", details.assetId().toString(),
                                            "priceFen", details.priceFen())).thenReturn(Result.accepted(saved))));
                });
    }
}
