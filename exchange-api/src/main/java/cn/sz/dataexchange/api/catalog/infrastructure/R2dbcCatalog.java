package cn.sz.dataexchange.api.catalog.infrastructure;

import cn.sz.dataexchange.api.catalog.application.CatalogEntries;
import cn.sz.dataexchange.api.catalog.application.CatalogItem;
import cn.sz.dataexchange.api.catalog.application.CatalogQuery;
import cn.sz.dataexchange.api.catalog.application.SearchPage;
import cn.sz.dataexchange.api.catalog.application.SearchTerms;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.application.CatalogShelf;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The catalog table: written by listings in their own transactions (as the {@link CatalogShelf}),
 * searched with a GIN index over the search terms and b-tree indexes for the filters.
 */
public final class R2dbcCatalog implements CatalogShelf, CatalogEntries {

    private final DatabaseClient db;

    public R2dbcCatalog(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> put(ListingVersion v, OrgId seller, Instant listedAt) {
        ProductDetails d = v.details();
        String[] terms = SearchTerms.ofDocument(d.title() + " " + d.description() + " " + d.category())
                .toArray(String[]::new);
        return db.sql("""
                        INSERT INTO catalog_entries (listing_id, version, seller_org_id, seller_name, title, description,
                            category, price_fen, currency, personal_data, sensitive, purposes, licence_days, territory,
                            resale_allowed, destroy_on_expiry, cross_border, asset_format, asset_bytes, asset_sha256,
                            listed_at, search_terms)
                        SELECT :listing, :version, o.id, o.name, :title, :description, :category, :price, 'CNY',
                               :personal, :sensitive, :purposes, :days, :territory, :resale, :destroy, :crossBorder,
                               a.format, a.bytes, a.sha256, :listedAt, :terms
                        FROM organisations o, data_assets a WHERE o.id = :seller AND a.id = :asset
                        ON CONFLICT (listing_id) DO UPDATE SET version = excluded.version, title = excluded.title,
                            description = excluded.description, category = excluded.category,
                            price_fen = excluded.price_fen, personal_data = excluded.personal_data,
                            sensitive = excluded.sensitive, purposes = excluded.purposes,
                            licence_days = excluded.licence_days, territory = excluded.territory,
                            resale_allowed = excluded.resale_allowed, destroy_on_expiry = excluded.destroy_on_expiry,
                            cross_border = excluded.cross_border, asset_format = excluded.asset_format,
                            asset_bytes = excluded.asset_bytes, asset_sha256 = excluded.asset_sha256,
                            listed_at = excluded.listed_at, search_terms = excluded.search_terms""")
                .bind("listing", v.listingId()).bind("version", v.number()).bind("title", d.title())
                .bind("description", d.description() == null ? "" : d.description()).bind("category", d.category())
                .bind("price", d.priceFen()).bind("personal", d.containsPersonalData()).bind("sensitive", d.sensitive())
                .bind("purposes", d.licence().permittedPurposes().stream().map(Enum::name).toArray(String[]::new))
                .bind("days", d.licence().durationDays()).bind("territory", d.licence().territory().toArray(String[]::new))
                .bind("resale", d.licence().resaleAllowed()).bind("destroy", d.licence().destroyOnExpiry())
                .bind("crossBorder", d.crossBorder()).bind("listedAt", listedAt).bind("terms", terms)
                .bind("seller", seller.value()).bind("asset", d.assetId())
                .then();
    }

    @Override
    public Mono<Void> remove(UUID listingId) {
        return db.sql("DELETE FROM catalog_entries WHERE listing_id = :id").bind("id", listingId).then();
    }

    @Override
    public Mono<SearchPage<CatalogItem>> search(CatalogQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        if (!q.terms().isEmpty()) {
            where.add("search_terms @> :terms");
            binds.put("terms", q.terms().toArray(String[]::new));
        }
        q.category().ifPresent(c -> {
            where.add("category = :category");
            binds.put("category", c);
        });
        q.minPriceFen().ifPresent(p -> {
            where.add("price_fen >= :minPrice");
            binds.put("minPrice", p);
        });
        q.maxPriceFen().ifPresent(p -> {
            where.add("price_fen <= :maxPrice");
            binds.put("maxPrice", p);
        });
        q.personalData().ifPresent(p -> {
            where.add("personal_data = :personal");
            binds.put("personal", p);
        });
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        int counted = SearchPage.EXACT_UP_TO + 1;
        if ((long) q.page().offset() + q.page().size() <= counted) {
            return firstMatches(q, clause, binds, counted);
        }
        return pageAndCount(q, clause, binds, counted);
    }

    /**
     * A page within the first {@code counted} matches: one statement reads those matches in order
     * once and answers both the page and how many there are, instead of scanning twice.
     */
    private Mono<SearchPage<CatalogItem>> firstMatches(CatalogQuery q, String clause, Map<String, Object> binds,
                                                        int counted) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("WITH matches AS MATERIALIZED (SELECT * FROM catalog_entries"
                        + clause + " ORDER BY listed_at DESC, listing_id LIMIT " + counted + ")"
                        + " SELECT m.*, (SELECT count(*) FROM matches) AS matched FROM matches m"
                        + " ORDER BY listed_at DESC, listing_id LIMIT :limit OFFSET :offset")
                .bind("limit", q.page().size()).bind("offset", q.page().offset());
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            spec = spec.bind(bind.getKey(), bind.getValue());
        }
        return spec.map((row, meta) -> new Counted(toItem(row), row.get("matched", Long.class))).all().collectList()
                .flatMap(rows -> {
                    if (rows.isEmpty() && q.page().offset() > 0) {
                        // past the last match: the statement returned no row to carry the count
                        return pageAndCount(q, clause, binds, counted);
                    }
                    long matched = rows.isEmpty() ? 0 : rows.get(0).matched();
                    return Mono.just(page(q, rows.stream().map(Counted::item).toList(), matched));
                });
    }

    private record Counted(CatalogItem item, long matched) {
    }

    private Mono<SearchPage<CatalogItem>> pageAndCount(CatalogQuery q, String clause, Map<String, Object> binds,
                                                        int counted) {
        DatabaseClient.GenericExecuteSpec items = db.sql("SELECT * FROM catalog_entries" + clause
                + " ORDER BY listed_at DESC, listing_id LIMIT :limit OFFSET :offset")
                .bind("limit", q.page().size()).bind("offset", q.page().offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM (SELECT 1 FROM catalog_entries" + clause
                + " LIMIT " + counted + ") AS matches");
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            items = items.bind(bind.getKey(), bind.getValue());
            count = count.bind(bind.getKey(), bind.getValue());
        }
        return Mono.zip(items.map(R2dbcCatalog::toItem).all().collectList(),
                        count.map(row -> row.get("n", Long.class)).one())
                .map(t -> page(q, t.getT1(), t.getT2()));
    }

    private static SearchPage<CatalogItem> page(CatalogQuery q, List<CatalogItem> items, long matched) {
        return new SearchPage<>(items, q.page().page(), q.page().size(), Math.min(matched, SearchPage.EXACT_UP_TO),
                matched <= SearchPage.EXACT_UP_TO);
    }

    private static CatalogItem toItem(Readable row) {
        short format = row.get("asset_format", Short.class);
        return new CatalogItem(row.get("listing_id", UUID.class), row.get("version", Integer.class),
                row.get("seller_org_id", UUID.class), row.get("seller_name", String.class), row.get("title", String.class),
                row.get("description", String.class), row.get("category", String.class), row.get("price_fen", Long.class),
                row.get("currency", String.class).strip(), row.get("personal_data", Boolean.class),
                row.get("sensitive", Boolean.class), List.of(row.get("purposes", String[].class)),
                row.get("licence_days", Integer.class), List.of(row.get("territory", String[].class)),
                row.get("resale_allowed", Boolean.class), row.get("destroy_on_expiry", Boolean.class),
                row.get("cross_border", Boolean.class), format == 10 ? "CSV" : "JSON_LINES",
                row.get("asset_bytes", Long.class), row.get("asset_sha256", String.class),
                row.get("listed_at", Instant.class));
    }
}
