package cn.sz.dataexchange.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.reconciliation.model.Matching;
import cn.sz.dataexchange.api.reconciliation.model.Mismatch;
import cn.sz.dataexchange.api.reconciliation.model.MismatchKind;
import cn.sz.dataexchange.api.reconciliation.model.MoneyRecord;
import cn.sz.dataexchange.api.reconciliation.model.OperationKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    static MoneyRecord record(OperationKind kind, String reference, long amount, long fee, String state) {
        return new MoneyRecord(kind, reference, "id-" + reference, "t1", amount, fee, state, AT);
    }

    @Test
    void the_same_operations_on_both_sides_agree() {
        List<MoneyRecord> ledger = List.of(record(OperationKind.ESCROW, "esc_1", 10_000, 0, "RELEASED"),
                record(OperationKind.RELEASE, "release:t1", 10_000, 300, "RELEASED"),
                record(OperationKind.PAYOUT, "po_1", 9_700, 0, "PAID"));
        List<MoneyRecord> gateway = List.of(record(OperationKind.PAYOUT, "po_1", 9_700, 0, "PAID"),
                record(OperationKind.ESCROW, "esc_1", 10_000, 0, "RELEASED"),
                record(OperationKind.RELEASE, "release:t1", 10_000, 300, "RELEASED"));

        Matching.Outcome outcome = Matching.compare(ledger, gateway);

        assertThat(outcome.matched()).isEqualTo(3);
        assertThat(outcome.mismatches()).isEmpty();
    }

    @Test
    void each_kind_of_disagreement_is_reported_with_both_records() {
        MoneyRecord onlyOurs = record(OperationKind.REFUND, "refund:t2", 500, 0, "REFUNDED");
        MoneyRecord onlyTheirs = record(OperationKind.ESCROW, "esc_3", 700, 0, "HELD");
        MoneyRecord ourFee = record(OperationKind.RELEASE, "release:t4", 10_000, 300, "RELEASED");
        MoneyRecord theirFee = record(OperationKind.RELEASE, "release:t4", 10_000, 301, "RELEASED");
        MoneyRecord held = record(OperationKind.ESCROW, "esc_5", 900, 0, "HELD");
        MoneyRecord refunded = record(OperationKind.ESCROW, "esc_5", 900, 0, "REFUNDED");

        List<Mismatch> found = Matching.compare(List.of(onlyOurs, ourFee, held), List.of(onlyTheirs, theirFee, refunded))
                .mismatches();

        assertThat(found).extracting(Mismatch::kind, Mismatch::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MismatchKind.MISSING_AT_GATEWAY, "refund:t2"),
                org.assertj.core.groups.Tuple.tuple(MismatchKind.AMOUNT_DIFFERS, "release:t4"),
                org.assertj.core.groups.Tuple.tuple(MismatchKind.STATE_DIFFERS, "esc_5"),
                org.assertj.core.groups.Tuple.tuple(MismatchKind.MISSING_IN_LEDGER, "esc_3"));
        assertThat(found.get(0).ledger()).isEqualTo(onlyOurs);
        assertThat(found.get(0).gateway()).isNull();
        assertThat(found.get(1).ledger()).isEqualTo(ourFee);
        assertThat(found.get(1).gateway()).isEqualTo(theirFee);
        assertThat(found.get(3).ledger()).isNull();
        assertThat(found.get(3).gateway()).isEqualTo(onlyTheirs);
    }

    @Test
    void an_amount_and_a_state_that_both_differ_are_two_mismatches() {
        List<Mismatch> found = Matching.compare(List.of(record(OperationKind.ESCROW, "esc_6", 100, 0, "HELD")),
                List.of(record(OperationKind.ESCROW, "esc_6", 101, 0, "RELEASED"))).mismatches();
        assertThat(found).extracting(Mismatch::kind).containsExactly(MismatchKind.AMOUNT_DIFFERS, MismatchKind.STATE_DIFFERS);
    }

    @Test
    void the_same_reference_in_another_kind_is_another_operation() {
        Matching.Outcome outcome = Matching.compare(List.of(record(OperationKind.RELEASE, "x", 1, 0, "RELEASED")),
                List.of(record(OperationKind.REFUND, "x", 1, 0, "REFUNDED")));
        assertThat(outcome.matched()).isZero();
        assertThat(outcome.mismatches()).extracting(Mismatch::kind)
                .containsExactly(MismatchKind.MISSING_AT_GATEWAY, MismatchKind.MISSING_IN_LEDGER);
    }
}
