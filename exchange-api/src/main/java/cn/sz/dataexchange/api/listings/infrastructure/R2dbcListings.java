package cn.sz.dataexchange.api.listings.infrastructure;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.application.Listings;
import cn.sz.dataexchange.api.listings.model.Licence;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.listings.model.StatusMove;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Listings and versions in PostgreSQL; every save is conditional on the listing's revision. */
public final class R2dbcListings implements Listings {

    private final DatabaseClient db;
    private final Clock clock;

    public R2dbcListings(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<Listing> insert(Listing l, String actor) {
        ListingVersion first = l.latest();
        return db.sql("""
                        INSERT INTO listings (id, seller_org_id, status, latest_version, revision, created_at, updated_at)
                        VALUES (:id, :seller, :status, :latest, 0, :at, :at)""")
                .bind("id", l.id()).bind("seller", l.seller().value()).bind("status", code(l.status()))
                .bind("latest", first.number()).bind("at", l.createdAt())
                .then()
                .then(upsert(first))
                .then(event(l.id(), new StatusMove(first.number(), null, first.status(), "created"), actor, l.createdAt()))
                .thenReturn(l);
    }

    @Override
    public Mono<Listing> find(UUID id) {
        return load("SELECT * FROM listings WHERE id = :id", id);
    }

    @Override
    public Mono<Listing> findForUpdate(UUID id) {
        return load("SELECT * FROM listings WHERE id = :id FOR UPDATE", id);
    }

    private Mono<Listing> load(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(ListingRow::of).one()
                .flatMap(row -> versions(List.of(id)).map(v -> row.toListing(v.getOrDefault(id, List.of()))));
    }

    @Override
    public Mono<Listing> save(ListingChange change, String actor) {
        Listing before = change.before();
        Listing after = change.after();
        Instant now = clock.instant();
        Mono<Long> bumped = db.sql("""
                        UPDATE listings SET revision = revision + 1, status = :status, latest_version = :latest,
                               updated_at = :at
                        WHERE id = :id AND revision = :revision RETURNING revision""")
                .bind("status", code(after.status())).bind("latest", after.latest().number()).bind("at", now)
                .bind("id", before.id()).bind("revision", before.revision())
                .map(row -> row.get("revision", Long.class)).one();
        List<ListingVersion> changed = after.versions().stream()
                .filter(v -> change.changedVersions().contains(v.number()))
                .sorted(Comparator.comparing((ListingVersion v) -> v.status().onShelf()))
                .toList();
        return bumped.flatMap(revision -> Flux.fromIterable(changed).concatMap(this::upsert).then()
                .then(Flux.fromIterable(change.moves()).concatMap(m -> event(after.id(), m, actor, now)).then())
                .thenReturn(new Listing(after.id(), after.seller(), revision, after.createdAt(), after.versions())));
    }

    @Override
    public Mono<Page<Listing>> list(Optional<OrgId> seller, Optional<ListingStatus> status, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        seller.ifPresent(s -> where.append(" AND seller_org_id = :seller"));
        status.ifPresent(s -> where.append(" AND status = :status"));
        DatabaseClient.GenericExecuteSpec items = db.sql("SELECT * FROM listings" + where
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM listings" + where);
        if (seller.isPresent()) {
            items = items.bind("seller", seller.get().value());
            count = count.bind("seller", seller.get().value());
        }
        if (status.isPresent()) {
            items = items.bind("status", code(status.get()));
            count = count.bind("status", code(status.get()));
        }
        Mono<List<Listing>> listings = items.map(ListingRow::of).all().collectList()
                .flatMap(rows -> versions(rows.stream().map(ListingRow::id).toList())
                        .map(v -> rows.stream().map(r -> r.toListing(v.getOrDefault(r.id(), List.of()))).toList()));
        return Mono.zip(listings, count.map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Mono<Long> versionRef(UUID listingId, int version) {
        return db.sql("SELECT ref FROM listing_versions WHERE listing_id = :id AND version = :version")
                .bind("id", listingId).bind("version", version).map(row -> row.get("ref", Long.class)).one();
    }

    private Mono<Map<UUID, List<ListingVersion>>> versions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM listing_versions WHERE listing_id = ANY(:ids) ORDER BY listing_id, version")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(R2dbcListings::toVersion).all()
                .collect(Collectors.groupingBy(ListingVersion::listingId));
    }

    private Mono<Void> upsert(ListingVersion v) {
        ProductDetails d = v.details();
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO listing_versions (listing_id, version, status, title, description, category, asset_id,
                            manifest, price_fen, currency, permitted_purposes, licence_days, territory, resale_allowed,
                            destroy_on_expiry, cross_border_destinations, personal_data, sensitive, biometric, minors,
                            cross_border, public_sources, review_round, awaiting_reinstatement, review_requested_at,
                            created_at, status_changed_at, status_reason)
                        VALUES (:listing, :version, :status, :title, :description, :category, :asset, :manifest, :price,
                            'CNY', :purposes, :days, :territory, :resale, :destroy, :destinations, :personal, :sensitive,
                            :biometric, :minors, :crossBorder, :publicSources, :round, :awaiting, :reviewAt, :created,
                            :changed, :reason)
                        ON CONFLICT (listing_id, version) DO UPDATE SET status = excluded.status, title = excluded.title,
                            description = excluded.description, category = excluded.category, asset_id = excluded.asset_id,
                            manifest = excluded.manifest, price_fen = excluded.price_fen,
                            permitted_purposes = excluded.permitted_purposes, licence_days = excluded.licence_days,
                            territory = excluded.territory, resale_allowed = excluded.resale_allowed,
                            destroy_on_expiry = excluded.destroy_on_expiry,
                            cross_border_destinations = excluded.cross_border_destinations,
                            personal_data = excluded.personal_data, sensitive = excluded.sensitive,
                            biometric = excluded.biometric, minors = excluded.minors, cross_border = excluded.cross_border,
                            public_sources = excluded.public_sources, review_round = excluded.review_round,
                            awaiting_reinstatement = excluded.awaiting_reinstatement,
                            review_requested_at = excluded.review_requested_at,
                            status_changed_at = excluded.status_changed_at, status_reason = excluded.status_reason""")
                .bind("listing", v.listingId()).bind("version", v.number()).bind("status", code(v.status()))
                .bind("title", d.title()).bind("description", d.description() == null ? "" : d.description())
                .bind("category", d.category()).bind("asset", d.assetId())
                .bind("manifest", ValidatorJson.writeManifest(d.manifest())).bind("price", d.priceFen())
                .bind("purposes", d.licence().permittedPurposes().stream().map(Enum::name).toArray(String[]::new))
                .bind("days", d.licence().durationDays()).bind("territory", d.licence().territory().toArray(String[]::new))
                .bind("resale", d.licence().resaleAllowed()).bind("destroy", d.licence().destroyOnExpiry())
                .bind("destinations", d.crossBorderDestinations().toArray(String[]::new))
                .bind("personal", d.containsPersonalData()).bind("sensitive", d.sensitive())
                .bind("biometric", d.biometric()).bind("minors", d.minors()).bind("crossBorder", d.crossBorder())
                .bind("publicSources", d.publicDataSources()).bind("round", v.reviewRound())
                .bind("awaiting", v.awaitingReinstatement()).bind("created", v.createdAt())
                .bind("changed", v.statusChangedAt());
        spec = v.reviewRequestedAt() == null ? spec.bindNull("reviewAt", Instant.class) : spec.bind("reviewAt", v.reviewRequestedAt());
        spec = v.statusReason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", v.statusReason());
        return spec.then();
    }

    private Mono<Void> event(UUID listingId, StatusMove move, String actor, Instant at) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO listing_status_events (listing_id, version, from_status, to_status, reason, actor, occurred_at)
                        VALUES (:listing, :version, :from, :to, :reason, :actor, :at)""")
                .bind("listing", listingId).bind("version", move.version()).bind("to", code(move.to()))
                .bind("actor", actor).bind("at", at);
        spec = move.from() == null ? spec.bindNull("from", Short.class) : spec.bind("from", code(move.from()));
        spec = move.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", move.reason());
        return spec.then();
    }

    static short code(ListingStatus status) {
        return (short) status.code();
    }

    static ListingVersion toVersion(Readable row) {
        Licence licence = new Licence(Arrays.stream(row.get("permitted_purposes", String[].class)).map(Purpose::valueOf)
                .collect(Collectors.toSet()), row.get("licence_days", Integer.class),
                List.of(row.get("territory", String[].class)), row.get("resale_allowed", Boolean.class),
                row.get("destroy_on_expiry", Boolean.class));
        ProductDetails details = new ProductDetails(row.get("title", String.class), row.get("description", String.class),
                row.get("category", String.class), row.get("asset_id", UUID.class),
                ValidatorJson.readManifest(row.get("manifest", String.class)), row.get("price_fen", Long.class), licence,
                List.of(row.get("cross_border_destinations", String[].class)));
        return new ListingVersion(row.get("listing_id", UUID.class), row.get("version", Integer.class),
                ListingStatus.ofCode(row.get("status", Short.class)), details, row.get("created_at", Instant.class),
                row.get("status_changed_at", Instant.class), row.get("status_reason", String.class),
                row.get("review_round", Integer.class), row.get("awaiting_reinstatement", Boolean.class),
                row.get("review_requested_at", Instant.class));
    }

    /** A row of {@code listings}. */
    private record ListingRow(UUID id, OrgId seller, long revision, Instant createdAt) {

        static ListingRow of(Readable row) {
            return new ListingRow(row.get("id", UUID.class), new OrgId(row.get("seller_org_id", UUID.class)),
                    row.get("revision", Long.class), row.get("created_at", Instant.class));
        }

        Listing toListing(List<ListingVersion> versions) {
            return new Listing(id, seller, revision, createdAt, versions);
        }
    }
}
