package cn.sz.dataexchange.api.publicdata.infrastructure;

import cn.sz.dataexchange.api.publicdata.application.FingerprintDatasets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Fingerprint datasets in PostgreSQL; fingerprints travel as hex text arrays and are stored as bytea. */
public final class R2dbcFingerprintDatasets implements FingerprintDatasets {

    private final DatabaseClient db;

    public R2dbcFingerprintDatasets(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> replaceScheme(String datasetId, List<String> fields, byte[] sealedKey, Instant at, String actor) {
        return db.sql("DELETE FROM fingerprint_datasets WHERE dataset_id = :id").bind("id", datasetId).then()
                .then(db.sql("""
                                INSERT INTO fingerprint_datasets (dataset_id, fields, key_sealed, uploaded_at, uploaded_by)
                                VALUES (:id, :fields, :key, :at, :by)""")
                        .bind("id", datasetId).bind("fields", fields.toArray(String[]::new))
                        .bind("key", ByteBuffer.wrap(sealedKey)).bind("at", at).bind("by", actor).then());
    }

    @Override
    public Mono<Long> add(String datasetId, List<String> hexFingerprints) {
        return db.sql("""
                        INSERT INTO restricted_fingerprints (dataset_id, fingerprint)
                        SELECT :id, decode(f, 'hex') FROM unnest(:fps::text[]) AS f
                        ON CONFLICT DO NOTHING""")
                .bind("id", datasetId).bind("fps", hexFingerprints.toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    @Override
    public Mono<List<StoredScheme>> schemes() {
        return db.sql("""
                        SELECT dataset_id, fields, key_sealed FROM fingerprint_datasets ORDER BY dataset_id""")
                .map(row -> {
                    ByteBuffer key = row.get("key_sealed", ByteBuffer.class);
                    byte[] sealed = new byte[key.remaining()];
                    key.get(sealed);
                    return new StoredScheme(row.get("dataset_id", String.class), List.of(row.get("fields", String[].class)),
                            sealed);
                })
                .all().collectList();
    }

    @Override
    public Mono<Set<String>> restricted(String datasetId, List<String> hexFingerprints) {
        return db.sql("""
                        SELECT encode(fingerprint, 'hex') AS hex FROM restricted_fingerprints
                        WHERE dataset_id = :id AND fingerprint = ANY(ARRAY(SELECT decode(f, 'hex') FROM unnest(:fps::text[]) AS f))""")
                .bind("id", datasetId).bind("fps", hexFingerprints.toArray(String[]::new))
                .map(row -> row.get("hex", String.class)).all().collect(HashSet::new, Set::add);
    }
}
