package cn.sz.dataexchange.api.trading.infrastructure;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Deadline;
import cn.sz.dataexchange.api.trading.model.DeadlineKind;
import cn.sz.dataexchange.api.trading.model.PurchasedVersion;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradingConditions;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTrades implements Trades {

    private static final String COLUMNS = """
            id, listing_id, listing_version, seller_org, buyer_org, asset_id, asset_sha256, asset_bytes, price_fen,
            purpose, territory, state, version, security_level, trading_cost_fen, credit_status, trade_link,
            duration_days, payment_attempt, escrow_id, stalled_from, deadline_kind, deadline_at, created_at, updated_at,
            listing_title""";

    private final DatabaseClient db;

    R2dbcTrades(DatabaseClient db) {
        this.db = db;
    }

    /** The order takes its price from the listing version, so the list price at the trade is that price (Art. 69). */
    @Override
    public Mono<Void> insert(Trade t) {
        TradingConditions c = t.conditions();
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO trades (id, listing_id, listing_version, listing_title, seller_org, buyer_org, asset_id,
                            asset_sha256, asset_bytes, price_fen, purpose, territory, state, version, security_level,
                            trading_cost_fen, credit_status, trade_link, duration_days, deadline_kind, deadline_at,
                            created_at, updated_at, list_price_fen)
                        VALUES (:id, :listing, :lversion, :title, :seller, :buyer, :asset, :sha, :bytes, :price, :purpose,
                            :territory, :state, 0, :security, :cost, :credit, :link, :days, :dkind, :dat, :at, :at,
                            :price)""")
                .bind("id", t.id().value()).bind("listing", t.product().listingId())
                .bind("lversion", t.product().version()).bind("title", t.product().title())
                .bind("seller", t.seller().value()).bind("buyer", t.buyer().value())
                .bind("asset", t.product().assetId()).bind("sha", t.product().assetSha256())
                .bind("bytes", t.product().assetBytes()).bind("price", t.priceFen()).bind("purpose", t.purpose())
                .bind("territory", t.territory().toArray(String[]::new)).bind("state", (short) t.state().code())
                .bind("security", (short) c.securityLevel()).bind("cost", c.tradingCostFen())
                .bind("credit", (short) c.creditStatus().code()).bind("link", c.tradeLink())
                .bind("days", c.durationDays()).bind("at", t.createdAt());
        spec = bindDeadline(spec, t.deadline());
        return spec.then();
    }

    @Override
    public Mono<Trade> find(TradeId id) {
        return db.sql("SELECT " + COLUMNS + " FROM trades WHERE id = :id").bind("id", id.value())
                .map(R2dbcTrades::toTrade).one();
    }

    @Override
    public Mono<Trade> findForUpdate(TradeId id) {
        return db.sql("SELECT " + COLUMNS + " FROM trades WHERE id = :id FOR UPDATE").bind("id", id.value())
                .map(R2dbcTrades::toTrade).one();
    }

    @Override
    public Mono<Boolean> saveTransition(Trade after, long expectedVersion) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        UPDATE trades SET state = :state, version = :version, payment_attempt = :attempt,
                               escrow_id = :escrow, stalled_from = :stalled, deadline_kind = :dkind, deadline_at = :dat,
                               updated_at = :at
                        WHERE id = :id AND version = :expected""")
                .bind("state", (short) after.state().code()).bind("version", after.version())
                .bind("attempt", after.paymentAttempt()).bind("at", after.updatedAt())
                .bind("id", after.id().value()).bind("expected", expectedVersion);
        spec = after.escrowId().isPresent() ? spec.bind("escrow", after.escrowId().get())
                : spec.bindNull("escrow", String.class);
        spec = after.stalledFrom().isPresent() ? spec.bind("stalled", (short) after.stalledFrom().get().code())
                : spec.bindNull("stalled", Short.class);
        spec = bindDeadline(spec, after.deadline());
        return spec.fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Page<Trade>> list(Optional<OrgId> party, Optional<TradeState> state, PageQuery page) {
        String where = " WHERE true" + (party.isPresent() ? " AND (buyer_org = :org OR seller_org = :org)" : "")
                + (state.isPresent() ? " AND state = :state" : "");
        DatabaseClient.GenericExecuteSpec items = db.sql("SELECT " + COLUMNS + " FROM trades" + where
                + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM trades" + where);
        if (party.isPresent()) {
            items = items.bind("org", party.get().value());
            count = count.bind("org", party.get().value());
        }
        if (state.isPresent()) {
            items = items.bind("state", (short) state.get().code());
            count = count.bind("state", (short) state.get().code());
        }
        return Mono.zip(items.map(R2dbcTrades::toTrade).all().collectList(),
                        count.map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Flux<Trade> ofListing(UUID listingId, Set<TradeState> states) {
        Short[] codes = states.stream().map(s -> (short) s.code()).toArray(Short[]::new);
        return db.sql("SELECT " + COLUMNS + " FROM trades WHERE listing_id = :listing AND state = ANY(:states)")
                .bind("listing", listingId).bind("states", codes)
                .map(R2dbcTrades::toTrade).all();
    }

    private static DatabaseClient.GenericExecuteSpec bindDeadline(DatabaseClient.GenericExecuteSpec spec,
                                                                Optional<Deadline> deadline) {
        return deadline.isPresent()
                ? spec.bind("dkind", deadline.get().kind().name()).bind("dat", deadline.get().at())
                : spec.bindNull("dkind", String.class).bindNull("dat", Instant.class);
    }

    static Trade toTrade(Readable row) {
        PurchasedVersion product = new PurchasedVersion(row.get("listing_id", UUID.class),
                row.get("listing_version", Integer.class), row.get("listing_title", String.class),
                row.get("asset_id", UUID.class), row.get("asset_sha256", String.class), row.get("asset_bytes", Long.class));
        TradingConditions conditions = new TradingConditions(row.get("security_level", Short.class),
                row.get("trading_cost_fen", Long.class), creditStatus(row.get("credit_status", Short.class)),
                row.get("trade_link", String.class), row.get("duration_days", Integer.class));
        String deadlineKind = row.get("deadline_kind", String.class);
        Optional<Deadline> deadline = deadlineKind == null ? Optional.empty()
                : Optional.of(new Deadline(DeadlineKind.valueOf(deadlineKind), row.get("deadline_at", Instant.class)));
        Short stalled = row.get("stalled_from", Short.class);
        String[] territory = row.get("territory", String[].class);
        return new Trade(new TradeId(row.get("id", UUID.class)), product, new OrgId(row.get("seller_org", UUID.class)),
                new OrgId(row.get("buyer_org", UUID.class)), row.get("price_fen", Long.class),
                row.get("purpose", String.class), territory == null ? List.of() : Arrays.asList(territory), conditions,
                TradeState.ofCode(row.get("state", Short.class)), row.get("version", Long.class),
                row.get("payment_attempt", Integer.class), Optional.ofNullable(row.get("escrow_id", String.class)),
                stalled == null ? Optional.empty() : Optional.of(TradeState.ofCode(stalled)), deadline,
                row.get("created_at", Instant.class), row.get("updated_at", Instant.class));
    }

    private static CreditStatus creditStatus(int code) {
        return Arrays.stream(CreditStatus.values()).filter(s -> s.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown credit status code " + code));
    }
}
