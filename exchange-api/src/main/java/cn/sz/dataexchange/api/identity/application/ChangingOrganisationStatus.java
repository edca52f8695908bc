package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** An administrator admits or suspends an organisation, always with a reason that is recorded. */
@Component
public class ChangingOrganisationStatus {

    private final Organisations organisations;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ChangingOrganisationStatus(Organisations organisations, AuditLog audit, TransactionalOperator tx,
                                      Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Result<Organisation>> admit(OrgId id, String reason, Caller admin) {
        return change(id, reason, admin, "organisation.admitted", (o, now) -> o.admit(reason, now));
    }

    public Mono<Result<Organisation>> suspend(OrgId id, String reason, Caller admin) {
        return change(id, reason, admin, "organisation.suspended", (o, now) -> o.suspend(reason, now));
    }

    private Mono<Result<Organisation>> change(OrgId id, String reason, Caller admin, String action,
                                              BiFunction<Organisation, Instant, Result<Organisation>> move) {
        Mono<Result<Organisation>> work = organisations.find(id)
                .flatMap(current -> {
                    Result<Organisation> moved = move.apply(current, clock.instant());
                    if (!(moved instanceof Result.Accepted<Organisation> accepted)) {
                        return Mono.just(moved);
                    }
                    return organisations.updateStatus(accepted.value(), current.status(), admin.actor())
                            .flatMap(saved -> audit.append(RegisteringOrganisation.stream(id), admin.actor(), action,
                                            Map.of("from", current.status().name(), "to", saved.status().name(),
                                                    "reason", reason))
                                    .thenReturn(Result.accepted(saved)))
                            .switchIfEmpty(Mono.fromSupplier(() ->
                                    Result.refused(Refusal.concurrentModification("Organisation " + id))));
                })
                .switchIfEmpty(Mono.fromSupplier(() -> Result.refused(Refusal.notFound("Organisation", id))));
        return tx.transactional(work);
    }
}
