package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.Cases;
import cn.sz.dataexchange.api.enforcement.model.CaseFacts;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseSource;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.enforcement.model.ListingVersionRef;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCases implements Cases {

    private static final String SELECT = """
            SELECT c.id, c.violated_article, c.respondent_org, c.source, c.dedup_key, c.summary, c.state, c.version,
                   c.correction_deadline, c.opened_by, c.opened_at, c.updated_at,
                   ARRAY(SELECT l.listing_id::text || '@' || l.listing_version FROM enforcement_case_listings l
                         WHERE l.case_id = c.id ORDER BY 1) AS listings,
                   ARRAY(SELECT t.trade_id::text FROM enforcement_case_trades t WHERE t.case_id = c.id ORDER BY 1) AS trades
            FROM enforcement_cases c""";

    private final DatabaseClient db;

    R2dbcCases(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insertIfNew(EnforcementCase c) {
        CaseFacts f = c.facts();
        return db.sql("""
                        WITH inserted AS (
                            INSERT INTO enforcement_cases (id, violated_article, penalty_article, respondent_org, source,
                                dedup_key, summary, state, version, opened_by, opened_at, updated_at)
                            VALUES (:id, :article, :penalty, :respondent, :source, :dedup, :summary, :state, 0, :by,
                                    :at, :at)
                            ON CONFLICT (dedup_key) DO NOTHING RETURNING id),
                        listings AS (
                            INSERT INTO enforcement_case_listings (case_id, listing_id, listing_version)
                            SELECT i.id, l.listing, l.version FROM inserted i,
                                   unnest(:listingIds::uuid[], :versions::integer[]) AS l(listing, version)),
                        trades AS (
                            INSERT INTO enforcement_case_trades (case_id, trade_id)
                            SELECT i.id, t.trade FROM inserted i, unnest(:tradeIds::uuid[]) AS t(trade))
                        SELECT count(*) AS n FROM inserted""")
                .bind("id", c.id().value()).bind("article", (short) f.article().number())
                .bind("penalty", (short) f.article().penalty().code()).bind("respondent", f.respondent().value())
                .bind("source", (short) c.source().code()).bind("dedup", c.dedupKey()).bind("summary", c.summary())
                .bind("state", (short) c.state().code()).bind("by", c.openedBy()).bind("at", c.openedAt())
                .bind("listingIds", f.listings().stream().map(l -> l.listingId().toString()).toArray(String[]::new))
                .bind("versions", f.listings().stream().map(ListingVersionRef::version).toArray(Integer[]::new))
                .bind("tradeIds", f.trades().stream().map(UUID::toString).toArray(String[]::new))
                .map(row -> row.get("n", Long.class)).one()
                .map(n -> n == 1);
    }

    @Override
    public Mono<EnforcementCase> find(CaseId id) {
        return db.sql(SELECT + " WHERE c.id = :id").bind("id", id.value()).map(R2dbcCases::toCase).one();
    }

    @Override
    public Mono<EnforcementCase> findByDedupKey(String dedupKey) {
        return db.sql(SELECT + " WHERE c.dedup_key = :key").bind("key", dedupKey).map(R2dbcCases::toCase).one();
    }

    @Override
    public Mono<Boolean> saveTransition(EnforcementCase after, long expectedVersion) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        UPDATE enforcement_cases SET state = :state, version = :version, correction_deadline = :deadline,
                               updated_at = :at
                        WHERE id = :id AND version = :expected""")
                .bind("state", (short) after.state().code()).bind("version", after.version())
                .bind("at", after.updatedAt()).bind("id", after.id().value()).bind("expected", expectedVersion);
        spec = after.correctionDeadline().isPresent() ? spec.bind("deadline", after.correctionDeadline().get())
                : spec.bindNull("deadline", Instant.class);
        return spec.fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Page<EnforcementCase>> list(Filter filter, PageQuery page) {
        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        filter.state().ifPresent(s -> {
            where.append(" AND c.state = :state");
            binds.put("state", (short) s.code());
        });
        filter.article().ifPresent(a -> {
            where.append(" AND c.violated_article = :article");
            binds.put("article", (short) a.number());
        });
        filter.respondent().ifPresent(r -> {
            where.append(" AND c.respondent_org = :respondent");
            binds.put("respondent", r.value());
        });
        filter.openedFrom().ifPresent(from -> {
            where.append(" AND c.opened_at >= :from");
            binds.put("from", from);
        });
        filter.openedTo().ifPresent(to -> {
            where.append(" AND c.opened_at < :to");
            binds.put("to", to);
        });
        DatabaseClient.GenericExecuteSpec items = db.sql(SELECT + where
                + " ORDER BY c.opened_at DESC, c.id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM enforcement_cases c" + where);
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            items = items.bind(bind.getKey(), bind.getValue());
            count = count.bind(bind.getKey(), bind.getValue());
        }
        return Mono.zip(items.map(R2dbcCases::toCase).all().collectList(),
                        count.map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    static EnforcementCase toCase(Readable row) {
        ViolatedArticle article = ViolatedArticle.ofNumber(row.get("violated_article", Short.class))
                .orElseThrow(() -> new IllegalStateException("unknown violated article"));
        var listings = Arrays.stream(row.get("listings", String[].class)).map(text -> {
            int at = text.lastIndexOf('@');
            return new ListingVersionRef(UUID.fromString(text.substring(0, at)), Integer.parseInt(text.substring(at + 1)));
        }).toList();
        var trades = Arrays.stream(row.get("trades", String[].class)).map(UUID::fromString).toList();
        CaseFacts facts = CaseFacts.of(article, new OrgId(row.get("respondent_org", UUID.class)), listings, trades);
        return new EnforcementCase(new CaseId(row.get("id", UUID.class)), facts,
                CaseSource.ofCode(row.get("source", Short.class)), row.get("dedup_key", String.class),
                row.get("summary", String.class), CaseState.ofCode(row.get("state", Short.class)),
                row.get("version", Long.class), Optional.ofNullable(row.get("correction_deadline", Instant.class)),
                row.get("opened_by", String.class), row.get("opened_at", Instant.class),
                row.get("updated_at", Instant.class));
    }
}
