package cn.sz.dataexchange.api.trading.infrastructure;

import cn.sz.dataexchange.api.trading.application.TradeContracts;
import cn.sz.dataexchange.api.trading.model.TradeId;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcTradeContracts implements TradeContracts {

    private final DatabaseClient db;

    R2dbcTradeContracts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> saveContract(TradeId trade, StoredContract c) {
        return db.sql("""
                        INSERT INTO trade_contracts (trade_id, contract_id, canonical, digest_hex, created_at)
                        VALUES (:trade, :cid, :canonical, :digest, :at)""")
                .bind("trade", trade.value()).bind("cid", c.contractId()).bind("canonical", c.canonicalJson())
                .bind("digest", c.digestHex()).bind("at", c.createdAt())
                .then();
    }

    @Override
    public Mono<StoredContract> contractOf(TradeId trade) {
        return db.sql("SELECT * FROM trade_contracts WHERE trade_id = :trade").bind("trade", trade.value())
                .map(row -> new StoredContract(row.get("contract_id", String.class), row.get("canonical", String.class),
                        row.get("digest_hex", String.class), row.get("created_at", Instant.class)))
                .one();
    }

    @Override
    public Mono<Boolean> saveSignature(TradeId trade, StoredSignature s) {
        return db.sql("""
                        INSERT INTO trade_signatures (trade_id, role, kid, signed_at, jws, received_at)
                        VALUES (:trade, :role, :kid, :signed, :jws, :at) ON CONFLICT DO NOTHING""")
                .bind("trade", trade.value()).bind("role", s.role()).bind("kid", s.kid()).bind("signed", s.signedAt())
                .bind("jws", s.jws()).bind("at", s.receivedAt())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Flux<StoredSignature> signaturesOf(TradeId trade) {
        return db.sql("""
                        SELECT * FROM trade_signatures WHERE trade_id = :trade
                        ORDER BY CASE role WHEN 'seller' THEN 1 WHEN 'buyer' THEN 2 ELSE 3 END""")
                .bind("trade", trade.value())
                .map(row -> new StoredSignature(row.get("role", String.class), row.get("kid", String.class),
                        row.get("signed_at", Instant.class), row.get("jws", String.class),
                        row.get("received_at", Instant.class)))
                .all();
    }

    @Override
    public Mono<Void> saveReceipt(TradeId trade, StoredReceipt r) {
        return db.sql("""
                        INSERT INTO trade_receipts (trade_id, kid, sha256, bytes, received_at, jws, recorded_at)
                        VALUES (:trade, :kid, :sha, :bytes, :received, :jws, :at)""")
                .bind("trade", trade.value()).bind("kid", r.kid()).bind("sha", r.sha256()).bind("bytes", r.bytes())
                .bind("received", r.receivedAt()).bind("jws", r.jws()).bind("at", r.recordedAt())
                .then();
    }
}
