package cn.sz.dataexchange.api.consent.infrastructure;

import cn.sz.dataexchange.api.consent.application.SubjectKeySecrets;
import cn.sz.dataexchange.api.identity.model.OrgId;
import java.nio.ByteBuffer;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Sealed subject-key secrets in PostgreSQL; concurrent first uses agree on the first one stored. */
public final class R2dbcSubjectKeySecrets implements SubjectKeySecrets {

    private final DatabaseClient db;

    public R2dbcSubjectKeySecrets(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<byte[]> sealedSecret(OrgId org, byte[] candidate) {
        return db.sql("INSERT INTO subject_key_secrets (org_id, sealed) VALUES (:org, :sealed) ON CONFLICT DO NOTHING")
                .bind("org", org.value()).bind("sealed", ByteBuffer.wrap(candidate)).then()
                .then(db.sql("SELECT sealed FROM subject_key_secrets WHERE org_id = :org").bind("org", org.value())
                        .map(row -> {
                            ByteBuffer b = row.get("sealed", ByteBuffer.class);
                            byte[] out = new byte[b.remaining()];
                            b.get(out);
                            return out;
                        }).one());
    }
}
