package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.CaseHistory;
import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Event rows; the sequence number is the next one of the case (writers hold the case's row by its version). */
@Repository
class R2dbcCaseHistory implements CaseHistory {

    private final DatabaseClient db;

    R2dbcCaseHistory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> append(CaseId id, Entry e) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO enforcement_case_events (case_id, seq, event, from_state, to_state, actor, reason,
                                                             details, occurred_at)
                        SELECT :case, coalesce(max(seq), 0) + 1, :event, :from, :to, :actor, :reason, :details, :at
                        FROM enforcement_case_events WHERE case_id = :case""")
                .bind("case", id.value()).bind("event", (short) e.event().code())
                .bind("to", (short) e.to().code()).bind("actor", e.actor()).bind("details", e.details())
                .bind("at", e.at());
        spec = e.from() == null ? spec.bindNull("from", Short.class) : spec.bind("from", (short) e.from().code());
        spec = e.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", e.reason());
        return spec.then();
    }

    @Override
    public Flux<Recorded> of(CaseId id) {
        return db.sql("SELECT * FROM enforcement_case_events WHERE case_id = :case ORDER BY seq").bind("case", id.value())
                .map(row -> {
                    Short from = row.get("from_state", Short.class);
                    return new Recorded(row.get("seq", Integer.class), new Entry(
                            CaseEvent.ofCode(row.get("event", Short.class)),
                            from == null ? null : CaseState.ofCode(from), CaseState.ofCode(row.get("to_state", Short.class)),
                            row.get("actor", String.class), row.get("reason", String.class),
                            row.get("details", String.class), row.get("occurred_at", Instant.class)));
                })
                .all();
    }
}
