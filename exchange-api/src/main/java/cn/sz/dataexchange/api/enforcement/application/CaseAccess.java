package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseActor;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who sees a case: platform staff (ADMIN, REGULATOR) and the respondent organisation. Anyone else
 * gets 404, the same as for an unknown id (ADR 0057), so a case's existence is not disclosed.
 */
@Component
public class CaseAccess {

    private final Cases cases;

    public CaseAccess(Cases cases) {
        this.cases = cases;
    }

    /** A case and who the caller is to it. */
    public record Acting(EnforcementCase found, CaseActor actor) {
    }

    public Mono<Result<EnforcementCase>> readable(CaseId id, Caller caller) {
        return acting(id, caller).map(r -> r.map(Acting::found));
    }

    public Mono<Result<Acting>> acting(CaseId id, Caller caller) {
        return cases.find(id)
                .map(found -> actorOf(found, caller).map(actor -> Result.accepted(new Acting(found, actor)))
                        .orElseGet(() -> Result.refused(notFound(id))))
                .defaultIfEmpty(Result.refused(notFound(id)));
    }

    /** Administrators act as ADMIN, regulators as REGULATOR, the respondent organisation as RESPONDENT. */
    public static Optional<CaseActor> actorOf(EnforcementCase found, Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return Optional.of(CaseActor.ADMIN);
        }
        if (caller.has(Role.REGULATOR)) {
            return Optional.of(CaseActor.REGULATOR);
        }
        return caller.actsFor(found.respondent()) ? Optional.of(CaseActor.RESPONDENT) : Optional.empty();
    }

    public static Refusal notFound(CaseId id) {
        return Refusal.notFound("Case", id);
    }
}
