package cn.sz.dataexchange.api.enforcement.model;

import static cn.sz.dataexchange.api.enforcement.model.CaseActor.ADMIN;
import static cn.sz.dataexchange.api.enforcement.model.CaseActor.REGULATOR;
import static cn.sz.dataexchange.api.enforcement.model.CaseActor.RESPONDENT;
import static cn.sz.dataexchange.api.enforcement.model.CaseActor.SYSTEM;
import static cn.sz.dataexchange.api.enforcement.model.CaseEvent.*;
import static cn.sz.dataexchange.api.enforcement.model.CaseState.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one table of allowed case transitions (ADR 0080). The exchange investigates and refers; the
 * authority orders corrections, decides or dismisses a referred case; the exchange carries out the
 * decision and closes the case. A statement of the respondent and a need confirmed by staff are rows
 * that keep the state.
 */
public final class CaseTransitions {

    private static final List<CaseTransition> TABLE = build();

    private CaseTransitions() {
    }

    public static List<CaseTransition> all() {
        return TABLE;
    }

    private static List<CaseTransition> build() {
        List<CaseTransition> t = new ArrayList<>();
        t.add(new CaseTransition(OPENED, INVESTIGATE, INVESTIGATING, Set.of(ADMIN)));
        t.add(new CaseTransition(INVESTIGATING, REFER, REFERRED, Set.of(ADMIN)));
        t.add(new CaseTransition(REFERRED, ORDER_CORRECTION, CORRECTION_ORDERED, Set.of(REGULATOR)));
        t.add(new CaseTransition(CORRECTION_ORDERED, CONFIRM_CORRECTED, CORRECTED, Set.of(REGULATOR)));
        t.add(new CaseTransition(CORRECTION_ORDERED, RECORD_REFUSAL, CORRECTION_REFUSED, Set.of(REGULATOR)));
        t.add(new CaseTransition(CORRECTION_ORDERED, CORRECTION_DEADLINE_PASSED, CORRECTION_REFUSED, Set.of(SYSTEM)));
        for (CaseState from : List.of(REFERRED, CORRECTED, CORRECTION_REFUSED)) {
            t.add(new CaseTransition(from, DECIDE, DECIDED, Set.of(REGULATOR)));
        }
        t.add(new CaseTransition(DECIDED, ENFORCE, ENFORCED, Set.of(ADMIN)));
        t.add(new CaseTransition(ENFORCED, CLOSE, CLOSED, Set.of(ADMIN)));
        for (CaseState from : List.of(OPENED, INVESTIGATING)) {
            t.add(new CaseTransition(from, DISMISS, DISMISSED, Set.of(ADMIN)));
        }
        for (CaseState from : List.of(REFERRED, CORRECTION_ORDERED, CORRECTED, CORRECTION_REFUSED)) {
            t.add(new CaseTransition(from, DISMISS, DISMISSED, Set.of(REGULATOR)));
        }
        for (CaseState state : CaseState.values()) {
            if (!state.isFinal()) {
                t.add(new CaseTransition(state, STATEMENT_SUBMITTED, state, Set.of(RESPONDENT)));
                t.add(new CaseTransition(state, NEED_CONFIRMED, state, Set.of(ADMIN, REGULATOR)));
            }
        }
        return List.copyOf(t);
    }

    /** What the table says about {@code event} in {@code state} sent by {@code actor}. */
    public static Decision decide(CaseState state, CaseEvent event, CaseActor actor) {
        List<CaseTransition> candidates = TABLE.stream().filter(r -> r.from() == state && r.event() == event).toList();
        if (candidates.isEmpty()) {
            return new Decision.NoSuchTransition(state, event);
        }
        return candidates.stream().filter(r -> r.actors().contains(actor)).findFirst()
                .<Decision>map(Decision.Moved::new)
                .orElseGet(() -> new Decision.WrongActor(state, event, actor));
    }

    public static boolean allows(CaseState from, CaseEvent event, CaseState to) {
        return TABLE.stream().anyMatch(r -> r.from() == from && r.event() == event && r.to() == to);
    }

    /** The outcome of sending an event. */
    public sealed interface Decision {

        record Moved(CaseTransition transition) implements Decision {
        }

        record WrongActor(CaseState state, CaseEvent event, CaseActor actor) implements Decision {
        }

        record NoSuchTransition(CaseState state, CaseEvent event) implements Decision {
        }
    }
}
