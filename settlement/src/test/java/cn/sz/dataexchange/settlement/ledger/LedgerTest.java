package cn.sz.dataexchange.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.PlatformFee;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final TradeParties PARTIES = new TradeParties(TradeId.of("t-1"), OrgId.of("buyer-1"), OrgId.of("seller-1"));
    static final TradeJournal JOURNAL = new TradeJournal(PARTIES);
    static final Money PRICE = Money.parse("1,000.00");

    final Ledger ledger = new Ledger();

    @Test
    void a_settled_trade_pays_the_seller_net_of_the_fee_and_empties_the_escrow() {
        assertThat(ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW))).isInstanceOf(PostingOutcome.Posted.class);
        assertThat(ledger.balanceOf(AccountId.tradeEscrow(PARTIES.trade()))).isEqualTo(PRICE);

        var split = PlatformFee.of(300).splitOf(PRICE);
        assertThat(ledger.record(JOURNAL.escrowReleased(split, "rel-1", NOW))).isInstanceOf(PostingOutcome.Posted.class);

        SettlementStatement statement = ledger.statementOf(PARTIES);
        assertThat(statement.status()).isEqualTo(SettlementStatus.SETTLED);
        assertThat(statement.paidByBuyer()).isEqualTo(PRICE);
        assertThat(statement.platformFee()).isEqualTo(Money.parse("30.00"));
        assertThat(statement.sellerNet()).isEqualTo(Money.parse("970.00"));
        assertThat(statement.heldInEscrow().isZero()).isTrue();
        assertThat(statement.lines()).extracting(StatementLine::type)
                .containsExactly(EntryType.ESCROW_FUNDED, EntryType.ESCROW_RELEASED);
        assertThat(TradeInvariants.violationsOf(PARTIES, ledger.entriesOf(PARTIES.trade()))).isEmpty();
    }

    @Test
    void a_refunded_trade_returns_everything_to_the_buyer() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));
        assertThat(ledger.record(JOURNAL.escrowRefunded(PRICE, "ref-1", NOW)).isRecorded()).isTrue();

        SettlementStatement statement = ledger.statementOf(PARTIES);
        assertThat(statement.status()).isEqualTo(SettlementStatus.REFUNDED);
        assertThat(statement.refundedToBuyer()).isEqualTo(PRICE);
        assertThat(statement.sellerNet().isZero()).isTrue();
        assertThat(TradeInvariants.violationsOf(PARTIES, ledger.entriesOf(PARTIES.trade()))).isEmpty();
    }

    @Test
    void recording_the_same_fact_twice_is_a_harmless_retry() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));
        PostingOutcome again = ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW.plusSeconds(5)));

        assertThat(again).isInstanceOf(PostingOutcome.AlreadyPosted.class);
        assertThat(ledger.balanceOf(AccountId.tradeEscrow(PARTIES.trade()))).isEqualTo(PRICE);
    }

    @Test
    void refuses_to_fund_an_escrow_twice_with_a_different_amount() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));

        PostingOutcome outcome = ledger.record(JOURNAL.escrowFunded(Money.ofFen(1), "esc-2", NOW));

        assertThat(outcome).isInstanceOfSatisfying(PostingOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(LedgerRefusal.ENTRY_ID_REUSED));
    }

    @Test
    void refuses_a_release_of_more_than_the_escrow_holds() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));

        PostingOutcome outcome = ledger.record(JOURNAL.escrowReleased(
                PlatformFee.of(300).splitOf(PRICE.plus(Money.ofFen(1))), "rel-1", NOW));

        assertThat(outcome).isInstanceOfSatisfying(PostingOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(LedgerRefusal.ACCOUNT_WOULD_GO_NEGATIVE));
        assertThat(ledger.balanceOf(AccountId.tradeEscrow(PARTIES.trade()))).isEqualTo(PRICE);
    }

    @Test
    void refuses_a_release_that_leaves_money_in_escrow() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));

        PostingOutcome outcome = ledger.record(JOURNAL.escrowReleased(
                PlatformFee.of(300).splitOf(Money.parse("999.99")), "rel-1", NOW));

        assertThat(outcome).isInstanceOfSatisfying(PostingOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(LedgerRefusal.ESCROW_NOT_EMPTIED));
    }

    @Test
    void refuses_to_refund_an_escrow_that_was_already_released() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));
        ledger.record(JOURNAL.escrowReleased(PlatformFee.of(300).splitOf(PRICE), "rel-1", NOW));

        PostingOutcome outcome = ledger.record(JOURNAL.escrowRefunded(PRICE, "ref-1", NOW));

        assertThat(outcome).isInstanceOfSatisfying(PostingOutcome.Refused.class,
                refused -> assertThat(refused.reason()).isIn(LedgerRefusal.ESCROW_ALREADY_CLOSED,
                        LedgerRefusal.ACCOUNT_WOULD_GO_NEGATIVE));
        assertThat(ledger.statementOf(PARTIES).status()).isEqualTo(SettlementStatus.SETTLED);
    }

    @Test
    void refuses_to_release_an_escrow_that_was_never_funded() {
        PostingOutcome outcome = ledger.record(JOURNAL.escrowRefunded(PRICE, "ref-1", NOW));

        assertThat(outcome.isRecorded()).isFalse();
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void pays_out_a_seller_only_what_is_payable() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));
        ledger.record(JOURNAL.escrowReleased(PlatformFee.of(300).splitOf(PRICE), "rel-1", NOW));

        PostingOutcome tooMuch = ledger.record(PayoutJournal.sellerPaidOut(PARTIES.seller(), PRICE, "po-1", NOW));
        PostingOutcome exact = ledger.record(PayoutJournal.sellerPaidOut(PARTIES.seller(), Money.parse("970"), "po-2", NOW));

        assertThat(tooMuch.isRecorded()).isFalse();
        assertThat(exact).isInstanceOf(PostingOutcome.Posted.class);
        assertThat(ledger.balanceOf(AccountId.sellerPayable(PARTIES.seller())).isZero()).isTrue();
        assertThat(ledger.balanceOf(AccountId.sellerPayouts(PARTIES.seller()))).isEqualTo(Money.parse("970"));
    }

    @Test
    void confiscates_illegal_income_from_the_sellers_payable_and_remits_it() {
        ledger.record(JOURNAL.escrowFunded(PRICE, "esc-1", NOW));
        ledger.record(JOURNAL.escrowReleased(PlatformFee.of(300).splitOf(PRICE), "rel-1", NOW));

        assertThat(ledger.record(PenaltyJournal.incomeConfiscated(PARTIES.seller(), Money.parse("900"), "case-7", NOW))
                .isRecorded()).isTrue();
        assertThat(ledger.record(PenaltyJournal.fineWithheld(PARTIES.seller(), Money.parse("70.01"), "case-7", NOW))
                .isRecorded()).isFalse();
        assertThat(ledger.record(PenaltyJournal.penaltiesRemitted(Money.parse("900"), Money.ofFen(0), "rem-1", NOW))
                .isRecorded()).isTrue();

        assertThat(ledger.balanceOf(AccountId.platform(AccountType.AUTHORITY_REMITTANCES))).isEqualTo(Money.parse("900"));
        assertThat(ledger.balanceOf(AccountId.platform(AccountType.CONFISCATED_INCOME)).isZero()).isTrue();
    }

    @Test
    void an_unbalanced_entry_cannot_be_built() {
        var account = AccountId.tradeEscrow(PARTIES.trade());
        assertThatThrownBy(() -> new JournalEntry(EntryId.derived(EntryType.ESCROW_FUNDED, "x"), EntryType.ESCROW_FUNDED,
                PARTIES.trade(), "x", NOW, List.of(
                        new Posting(1, AccountId.buyerFunding(PARTIES.buyer()), Side.DEBIT, Money.ofFen(100)),
                        new Posting(2, account, Side.CREDIT, Money.ofFen(99)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced");
    }

    @Test
    void entry_ids_are_stable_for_the_same_fact_and_differ_between_facts() {
        assertThat(JOURNAL.escrowFunded(PRICE, "a", NOW).id()).isEqualTo(JOURNAL.escrowFunded(PRICE, "b", NOW).id());
        assertThat(JOURNAL.escrowFunded(PRICE, "a", NOW).id()).isNotEqualTo(JOURNAL.escrowRefunded(PRICE, "a", NOW).id());
    }

    @Test
    void invariants_catch_a_journal_that_was_tampered_with_outside_the_ledger() {
        List<JournalEntry> tampered = List.of(
                JOURNAL.escrowFunded(PRICE, "esc-1", NOW),
                JOURNAL.escrowRefunded(PRICE, "ref-1", NOW),
                JOURNAL.escrowReleased(PlatformFee.of(300).splitOf(PRICE), "rel-1", NOW));

        assertThat(TradeInvariants.violationsOf(PARTIES, tampered)).extracting(InvariantViolation::invariant)
                .contains("escrow-went-negative", "closed-escrow-not-empty", "escrow-closed-twice");
    }
}
