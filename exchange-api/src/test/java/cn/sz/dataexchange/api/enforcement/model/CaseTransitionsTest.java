package cn.sz.dataexchange.api.enforcement.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.enforcement.model.CaseTransitions.Decision;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseTransitionsTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void codes_are_unique_and_stable() {
        assertThat(EnumSet.allOf(CaseState.class).stream().map(CaseState::code).collect(Collectors.toSet()))
                .hasSize(CaseState.values().length);
        assertThat(EnumSet.allOf(CaseEvent.class).stream().map(CaseEvent::code).collect(Collectors.toSet()))
                .hasSize(CaseEvent.values().length);
        assertThat(CaseState.DECIDED.code()).isEqualTo(70);
        assertThat(CaseState.DISMISSED.code()).isEqualTo(100);
        assertThat(CaseEvent.DECIDE.code()).isEqualTo(8);
    }

    @Test
    void the_main_path_runs_from_opening_to_closure_with_the_actor_of_each_step() {
        CaseState state = CaseState.OPENED;
        List<Object[]> path = List.of(new Object[] {CaseEvent.INVESTIGATE, CaseActor.ADMIN, CaseState.INVESTIGATING},
                new Object[] {CaseEvent.REFER, CaseActor.ADMIN, CaseState.REFERRED},
                new Object[] {CaseEvent.ORDER_CORRECTION, CaseActor.REGULATOR, CaseState.CORRECTION_ORDERED},
                new Object[] {CaseEvent.CORRECTION_DEADLINE_PASSED, CaseActor.SYSTEM, CaseState.CORRECTION_REFUSED},
                new Object[] {CaseEvent.DECIDE, CaseActor.REGULATOR, CaseState.DECIDED},
                new Object[] {CaseEvent.ENFORCE, CaseActor.ADMIN, CaseState.ENFORCED},
                new Object[] {CaseEvent.CLOSE, CaseActor.ADMIN, CaseState.CLOSED});
        for (Object[] step : path) {
            Decision decision = CaseTransitions.decide(state, (CaseEvent) step[0], (CaseActor) step[1]);
            assertThat(decision).as("%s in %s", step[0], state).isInstanceOf(Decision.Moved.class);
            state = ((Decision.Moved) decision).transition().to();
            assertThat(state).isEqualTo(step[2]);
        }
    }

    @Test
    void only_the_authority_decides_and_only_the_exchange_investigates() {
        assertThat(CaseTransitions.decide(CaseState.REFERRED, CaseEvent.DECIDE, CaseActor.ADMIN))
                .isInstanceOf(Decision.WrongActor.class);
        assertThat(CaseTransitions.decide(CaseState.REFERRED, CaseEvent.DECIDE, CaseActor.RESPONDENT))
                .isInstanceOf(Decision.WrongActor.class);
        assertThat(CaseTransitions.decide(CaseState.OPENED, CaseEvent.INVESTIGATE, CaseActor.REGULATOR))
                .isInstanceOf(Decision.WrongActor.class);
        assertThat(CaseTransitions.decide(CaseState.CORRECTION_ORDERED, CaseEvent.CORRECTION_DEADLINE_PASSED,
                CaseActor.REGULATOR)).isInstanceOf(Decision.WrongActor.class);
    }

    @Test
    void a_case_is_decided_only_after_referral_and_never_before_investigation() {
        Set<CaseState> decidable = EnumSet.noneOf(CaseState.class);
        for (CaseState state : CaseState.values()) {
            if (CaseTransitions.decide(state, CaseEvent.DECIDE, CaseActor.REGULATOR) instanceof Decision.Moved) {
                decidable.add(state);
            }
        }
        assertThat(decidable).containsExactlyInAnyOrder(CaseState.REFERRED, CaseState.CORRECTED,
                CaseState.CORRECTION_REFUSED);
    }

    @ParameterizedTest
    @EnumSource(names = {"CLOSED", "DISMISSED"})
    void final_states_are_left_by_no_event(CaseState state) {
        for (CaseEvent event : CaseEvent.values()) {
            for (CaseActor actor : CaseActor.values()) {
                assertThat(CaseTransitions.decide(state, event, actor)).isInstanceOf(Decision.NoSuchTransition.class);
            }
        }
    }

    @Test
    void dismissal_is_the_exchanges_before_referral_and_the_authoritys_after() {
        assertThat(CaseTransitions.decide(CaseState.INVESTIGATING, CaseEvent.DISMISS, CaseActor.ADMIN))
                .isInstanceOf(Decision.Moved.class);
        assertThat(CaseTransitions.decide(CaseState.INVESTIGATING, CaseEvent.DISMISS, CaseActor.REGULATOR))
                .isInstanceOf(Decision.WrongActor.class);
        assertThat(CaseTransitions.decide(CaseState.REFERRED, CaseEvent.DISMISS, CaseActor.REGULATOR))
                .isInstanceOf(Decision.Moved.class);
        assertThat(CaseTransitions.decide(CaseState.REFERRED, CaseEvent.DISMISS, CaseActor.ADMIN))
                .isInstanceOf(Decision.WrongActor.class);
        assertThat(CaseTransitions.decide(CaseState.DECIDED, CaseEvent.DISMISS, CaseActor.REGULATOR))
                .isInstanceOf(Decision.NoSuchTransition.class);
    }

    @Test
    void the_case_refuses_a_row_that_does_not_start_from_its_state_and_keeps_a_deadline_only_while_ordered() {
        EnforcementCase opened = EnforcementCase.opened(CaseId.random(), CaseFacts.of(ViolatedArticle.ART_69,
                new OrgId(UUID.randomUUID()), List.of(), List.of(UUID.randomUUID())), CaseSource.MANUAL_FINDING, "k",
                "s", "admin", NOW);
        CaseTransition refer = new CaseTransition(CaseState.INVESTIGATING, CaseEvent.REFER, CaseState.REFERRED,
                Set.of(CaseActor.ADMIN));

        assertThat(opened.after(refer, Optional.empty(), NOW)).isInstanceOf(Result.Refused.class);

        CaseTransition order = new CaseTransition(CaseState.REFERRED, CaseEvent.ORDER_CORRECTION,
                CaseState.CORRECTION_ORDERED, Set.of(CaseActor.REGULATOR));
        EnforcementCase referred = new EnforcementCase(opened.id(), opened.facts(), opened.source(), "k", "s",
                CaseState.REFERRED, 2, Optional.empty(), "admin", NOW, NOW);
        EnforcementCase ordered = ((Result.Accepted<EnforcementCase>) referred.after(order,
                Optional.of(NOW.plusSeconds(60)), NOW)).value();
        assertThat(ordered.correctionDeadline()).contains(NOW.plusSeconds(60));
        assertThat(ordered.version()).isEqualTo(3);
        CaseTransition corrected = new CaseTransition(CaseState.CORRECTION_ORDERED, CaseEvent.CONFIRM_CORRECTED,
                CaseState.CORRECTED, Set.of(CaseActor.REGULATOR));
        assertThat(((Result.Accepted<EnforcementCase>) ordered.after(corrected, Optional.empty(), NOW)).value()
                .correctionDeadline()).isEmpty();
    }

    @Test
    void the_same_facts_give_the_same_dedup_key_in_any_order_and_other_facts_another() {
        OrgId seller = new OrgId(UUID.randomUUID());
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String key = CaseFacts.of(ViolatedArticle.ART_67, seller, List.of(), List.of(a, b)).dedupKey("manual");

        assertThat(CaseFacts.of(ViolatedArticle.ART_67, seller, List.of(), List.of(b, a)).dedupKey("manual")).isEqualTo(key);
        assertThat(CaseFacts.of(ViolatedArticle.ART_69, seller, List.of(), List.of(a, b)).dedupKey("manual")).isNotEqualTo(key);
        assertThat(CaseFacts.of(ViolatedArticle.ART_67, seller, List.of(), List.of(a)).dedupKey("manual")).isNotEqualTo(key);
        assertThat(CaseFacts.of(ViolatedArticle.ART_67, seller, List.of(), List.of(a, b)).dedupKey("complaint:1"))
                .isNotEqualTo(key);
    }
}
