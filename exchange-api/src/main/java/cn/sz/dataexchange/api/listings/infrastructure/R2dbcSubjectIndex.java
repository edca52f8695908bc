package cn.sz.dataexchange.api.listings.infrastructure;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.application.SubjectIndex;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The subject index in PostgreSQL: (key prefix, version) pairs under a primary key that serves lookups by prefix. */
public final class R2dbcSubjectIndex implements SubjectIndex {

    private static final int CHUNK = 50_000;

    private final DatabaseClient db;

    public R2dbcSubjectIndex(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> clear(long versionRef) {
        return db.sql("DELETE FROM listing_subjects WHERE version_ref = :ref").bind("ref", versionRef).then();
    }

    @Override
    public Mono<Void> replace(long versionRef, long[] keyPrefixes) {
        int chunks = (keyPrefixes.length + CHUNK - 1) / CHUNK;
        return clear(versionRef).then(reactor.core.publisher.Flux.range(0, chunks)
                .concatMap(i -> insert(versionRef, java.util.Arrays.copyOfRange(keyPrefixes, i * CHUNK,
                        Math.min(keyPrefixes.length, (i + 1) * CHUNK))))
                .then());
    }

    private Mono<Void> insert(long versionRef, long[] prefixes) {
        Long[] boxed = new Long[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            boxed[i] = prefixes[i];
        }
        return db.sql("""
                        INSERT INTO listing_subjects (key_prefix, version_ref)
                        SELECT p, :ref FROM unnest(:prefixes::bigint[]) AS p ON CONFLICT DO NOTHING""")
                .bind("ref", versionRef).bind("prefixes", boxed).then();
    }

    @Override
    public Mono<List<Hit>> listedHolding(OrgId seller, Collection<Long> keyPrefixes) {
        if (keyPrefixes.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("""
                        SELECT v.listing_id, v.version, s.key_prefix
                        FROM listing_subjects s
                        JOIN listing_versions v ON v.ref = s.version_ref
                        JOIN listings l ON l.id = v.listing_id
                        WHERE s.key_prefix = ANY(:prefixes) AND v.status = 60 AND l.seller_org_id = :seller
                        ORDER BY v.listing_id""")
                .bind("prefixes", keyPrefixes.toArray(Long[]::new)).bind("seller", seller.value())
                .map(row -> new Hit(row.get("listing_id", UUID.class), row.get("version", Integer.class),
                        row.get("key_prefix", Long.class)))
                .all().collectList();
    }
}
