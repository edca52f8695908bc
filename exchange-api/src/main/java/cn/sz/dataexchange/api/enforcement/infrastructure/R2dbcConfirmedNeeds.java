package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.ConfirmedNeeds;
import cn.sz.dataexchange.api.enforcement.model.ActualNeed;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcConfirmedNeeds implements ConfirmedNeeds {

    private final DatabaseClient db;

    R2dbcConfirmedNeeds(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> confirm(UUID trade, ActualNeed need, CaseId caseId, String by, String reason, Instant at) {
        return db.sql("""
                        INSERT INTO enforcement_confirmed_needs (trade_id, need, case_id, confirmed_by, reason, confirmed_at)
                        VALUES (:trade, :need, :case, :by, :reason, :at)
                        ON CONFLICT (trade_id) DO UPDATE SET need = EXCLUDED.need, case_id = EXCLUDED.case_id,
                            confirmed_by = EXCLUDED.confirmed_by, reason = EXCLUDED.reason,
                            confirmed_at = EXCLUDED.confirmed_at""")
                .bind("trade", trade).bind("need", need.name()).bind("case", caseId.value()).bind("by", by)
                .bind("reason", reason).bind("at", at)
                .then();
    }

    @Override
    public Mono<Map<UUID, ActualNeed>> all() {
        return db.sql("SELECT trade_id, need FROM enforcement_confirmed_needs")
                .map(row -> Map.entry(row.get("trade_id", UUID.class),
                        ActualNeed.ofCode(row.get("need", String.class)).orElseThrow()))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
