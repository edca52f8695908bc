package cn.sz.dataexchange.api.enforcement.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A violation case. The case refuses any move its transition table does not hold; {@code version}
 * is the optimistic-locking version of the stored row. {@code correctionDeadline} is set while a
 * correction is ordered.
 */
public record EnforcementCase(CaseId id, CaseFacts facts, CaseSource source, String dedupKey, String summary,
                              CaseState state, long version, Optional<Instant> correctionDeadline, String openedBy,
                              Instant openedAt, Instant updatedAt) {

    public EnforcementCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        correctionDeadline = correctionDeadline == null ? Optional.empty() : correctionDeadline;
    }

    public static EnforcementCase opened(CaseId id, CaseFacts facts, CaseSource source, String dedupKey, String summary,
                                         String openedBy, Instant now) {
        return new EnforcementCase(id, facts, source, dedupKey, summary, CaseState.OPENED, 0, Optional.empty(),
                openedBy, now, now);
    }

    public OrgId respondent() {
        return facts.respondent();
    }

    /** The case after {@code transition}, or a refusal when the table does not allow it from here. */
    public Result<EnforcementCase> after(CaseTransition transition, Optional<Instant> deadline, Instant now) {
        if (transition.from() != state
                || !CaseTransitions.allows(transition.from(), transition.event(), transition.to())) {
            return Result.refused(Refusal.illegalTransition("Case " + id, state, transition.event().name()));
        }
        Optional<Instant> deadlineAfter = transition.to() == CaseState.CORRECTION_ORDERED
                ? (transition.from() == transition.to() ? correctionDeadline : deadline)
                : Optional.empty();
        return Result.accepted(new EnforcementCase(id, facts, source, dedupKey, summary, transition.to(), version + 1,
                deadlineAfter, openedBy, openedAt, now));
    }
}
