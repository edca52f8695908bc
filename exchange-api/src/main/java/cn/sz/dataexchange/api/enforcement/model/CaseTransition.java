package cn.sz.dataexchange.api.enforcement.model;

import java.util.Objects;
import java.util.Set;

/** One row of the case transition table: on {@code event} in {@code from}, by one of {@code actors}, go to {@code to}. */
public record CaseTransition(CaseState from, CaseEvent event, CaseState to, Set<CaseActor> actors) {

    public CaseTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
        actors = Set.copyOf(actors);
    }
}
