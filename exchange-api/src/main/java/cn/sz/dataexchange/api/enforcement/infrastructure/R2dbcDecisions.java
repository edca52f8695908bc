package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.Decisions;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcDecisions implements Decisions {

    private final DatabaseClient db;

    R2dbcDecisions(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(Stored d) {
        return db.sql("""
                        INSERT INTO enforcement_decisions (case_id, document, digest_hex, kid, jws, confiscation_fen,
                                                           fine_fen, decided_by, decided_at)
                        VALUES (:case, :document, :digest, :kid, :jws, :confiscation, :fine, :by, :at)""")
                .bind("case", d.caseId().value()).bind("document", d.document()).bind("digest", d.digestHex())
                .bind("kid", d.kid()).bind("jws", d.jws()).bind("confiscation", d.confiscationFen())
                .bind("fine", d.fineFen()).bind("by", d.decidedBy()).bind("at", d.decidedAt())
                .then();
    }

    @Override
    public Mono<Stored> find(CaseId id) {
        return db.sql("SELECT * FROM enforcement_decisions WHERE case_id = :case").bind("case", id.value())
                .map(row -> new Stored(new CaseId(row.get("case_id", UUID.class)), row.get("document", String.class),
                        row.get("digest_hex", String.class), row.get("kid", String.class), row.get("jws", String.class),
                        row.get("confiscation_fen", Long.class), row.get("fine_fen", Long.class),
                        row.get("decided_by", String.class), row.get("decided_at", Instant.class)))
                .one();
    }
}
