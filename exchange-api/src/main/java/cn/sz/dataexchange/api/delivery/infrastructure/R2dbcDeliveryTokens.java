package cn.sz.dataexchange.api.delivery.infrastructure;

import cn.sz.dataexchange.api.delivery.application.DeliveryTokens;
import cn.sz.dataexchange.api.delivery.application.DownloadOutcome;
import cn.sz.dataexchange.api.trading.application.DeliveryStarts;
import cn.sz.dataexchange.api.trading.model.TradeId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcDeliveryTokens implements DeliveryTokens, DeliveryStarts {

    private final DatabaseClient db;

    R2dbcDeliveryTokens(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(IssuedToken t) {
        return db.sql("""
                        INSERT INTO delivery_tokens (token_hash, trade_id, buyer_org, issued_at, expires_at)
                        VALUES (:hash, :trade, :buyer, :issued, :expires)""")
                .bind("hash", t.tokenHash()).bind("trade", t.tradeId()).bind("buyer", t.buyerOrg())
                .bind("issued", t.issuedAt()).bind("expires", t.expiresAt())
                .then();
    }

    @Override
    public Mono<IssuedToken> consume(String tokenHash, UUID buyerOrg, Instant now) {
        return db.sql("""
                        UPDATE delivery_tokens SET used_at = :now
                        WHERE token_hash = :hash AND buyer_org = :buyer AND used_at IS NULL AND expires_at > :now
                        RETURNING *""")
                .bind("now", now).bind("hash", tokenHash).bind("buyer", buyerOrg)
                .map(R2dbcDeliveryTokens::toToken).one();
    }

    @Override
    public Mono<IssuedToken> find(String tokenHash) {
        return db.sql("SELECT * FROM delivery_tokens WHERE token_hash = :hash").bind("hash", tokenHash)
                .map(R2dbcDeliveryTokens::toToken).one();
    }

    @Override
    public Mono<Void> downloadStarted(Download d) {
        return db.sql("""
                        INSERT INTO delivery_downloads (id, trade_id, token_hash, client_id, range_start, range_end, started_at)
                        VALUES (:id, :trade, :hash, :client, :start, :end, :at)""")
                .bind("id", d.id()).bind("trade", d.tradeId()).bind("hash", d.tokenHash()).bind("client", d.clientId())
                .bind("start", d.rangeStart()).bind("end", d.rangeEnd()).bind("at", d.startedAt())
                .then();
    }

    @Override
    public Mono<Void> downloadFinished(UUID downloadId, long bytesSent, DownloadOutcome outcome, Instant at) {
        return db.sql("UPDATE delivery_downloads SET finished_at = :at, bytes_sent = :bytes, outcome = :outcome WHERE id = :id")
                .bind("at", at).bind("bytes", bytesSent).bind("outcome", outcome.code()).bind("id", downloadId)
                .then();
    }

    @Override
    public Mono<Instant> firstIssuedAt(UUID tradeId) {
        return db.sql("SELECT min(issued_at) AS first FROM delivery_tokens WHERE trade_id = :trade")
                .bind("trade", tradeId).map(row -> java.util.Optional.ofNullable(row.get("first", Instant.class))).one()
                .flatMap(Mono::justOrEmpty);
    }

    @Override
    public Mono<Boolean> anyDownload(UUID tradeId) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM delivery_downloads WHERE trade_id = :trade) AS found")
                .bind("trade", tradeId).map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    @Override
    public Mono<Instant> firstTokenIssuedAt(TradeId trade) {
        return firstIssuedAt(trade.value());
    }

    @Override
    public Mono<Boolean> anythingDownloaded(TradeId trade) {
        return anyDownload(trade.value());
    }

    private static IssuedToken toToken(Readable row) {
        return new IssuedToken(row.get("token_hash", String.class), row.get("trade_id", UUID.class),
                row.get("buyer_org", UUID.class), row.get("issued_at", Instant.class),
                row.get("expires_at", Instant.class), row.get("used_at", Instant.class));
    }
}
