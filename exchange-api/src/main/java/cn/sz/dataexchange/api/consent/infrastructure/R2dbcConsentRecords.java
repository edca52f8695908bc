package cn.sz.dataexchange.api.consent.infrastructure;

import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.model.VocabularyBits;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An organisation's consent records in PostgreSQL. Subject keys travel as hex text arrays. */
public final class R2dbcConsentRecords implements ConsentRecords {

    private static final String KEYS = "ARRAY(SELECT decode(k, 'hex') FROM unnest(:keys::text[]) AS k)";

    private final DatabaseClient db;
    private final PostgresCopy copy;

    public R2dbcConsentRecords(DatabaseClient db, PostgresCopy copy) {
        this.db = db;
        this.copy = copy;
    }

    @Override
    public Mono<Long> copyIn(OrgId org, UUID importId, Flux<List<NumberedConsent>> batches) {
        return copy.copyIn(ConsentCopyRows.COPY_SQL, Flux.concat(Mono.fromSupplier(ConsentCopyRows::header),
                batches.map(b -> ConsentCopyRows.encode(org.value(), importId, b)),
                Mono.fromSupplier(ConsentCopyRows::trailer)));
    }

    @Override
    public Mono<List<ConsentRecord>> find(OrgId org, Collection<SubjectKey> keys) {
        if (keys.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("""
                        SELECT subject_key, purposes, categories, third_party, express, guardian, given_at, expires_at,
                               withdrawn_at
                        FROM consent_records WHERE subject_key = ANY(""" + KEYS + ") AND org_id = :org")
                .bind("keys", hex(keys)).bind("org", org.value())
                .map(R2dbcConsentRecords::toRecord).all().collectList();
    }

    @Override
    public Mono<Withdrawn> withdraw(OrgId org, Collection<SubjectKey> keys, long purposeBits, Instant at, UUID withdrawalId) {
        return db.sql("""
                        WITH ended AS (
                            UPDATE consent_records SET withdrawn_at = :at, withdrawal_id = :wid
                            WHERE subject_key = ANY(""" + KEYS + """
                              ) AND org_id = :org AND withdrawn_at IS NULL AND given_at <= :at
                              AND (:bits = 0 OR purposes & :bits <> 0)
                            RETURNING *),
                        continued AS (
                            INSERT INTO consent_records (org_id, subject_key, purposes, categories, third_party, express,
                                guardian, given_at, expires_at, withdrawn_at, notice_version, receipt_sha256,
                                signed_receipt, import_id, source_line, derived_from)
                            SELECT org_id, subject_key, purposes & ~(:bits)::bigint, categories, third_party, express,
                                   guardian, given_at, expires_at, NULL, notice_version, receipt_sha256, signed_receipt,
                                   import_id, source_line, id
                            FROM ended WHERE :bits <> 0 AND purposes & ~(:bits)::bigint <> 0
                            RETURNING 1)
                        SELECT (SELECT count(*) FROM ended) AS ended, (SELECT count(*) FROM continued) AS continued""")
                .bind("at", at).bind("wid", withdrawalId).bind("keys", hex(keys)).bind("org", org.value())
                .bind("bits", purposeBits)
                .map(row -> new Withdrawn(row.get("ended", Long.class), row.get("continued", Long.class))).one();
    }

    @Override
    public Mono<Void> refreshStatistics() {
        return db.sql("ANALYZE consent_records").then();
    }

    static String[] hex(Collection<SubjectKey> keys) {
        return keys.stream().map(SubjectKey::toHex).toArray(String[]::new);
    }

    private static ConsentRecord toRecord(Readable row) {
        return new ConsentRecord(SubjectKey.fromBytes(bytes(row.get("subject_key", ByteBuffer.class))),
                VocabularyBits.purposes(row.get("purposes", Long.class)),
                VocabularyBits.categories(row.get("categories", Long.class)),
                row.get("third_party", Boolean.class), row.get("express", Boolean.class), row.get("guardian", Boolean.class),
                row.get("given_at", Instant.class), row.get("expires_at", Instant.class),
                row.get("withdrawn_at", Instant.class), null, null);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
