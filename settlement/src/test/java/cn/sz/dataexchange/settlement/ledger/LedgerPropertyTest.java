package cn.sz.dataexchange.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.PlatformFee;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Random sequences of life-cycle commands never break the ledger's invariants, whatever the ledger refuses. */
class LedgerPropertyTest {

    enum Command { FUND, RELEASE, REFUND, PAY_OUT, CONFISCATE }

    @Property(tries = 300)
    void no_command_sequence_breaks_the_invariants(
            @ForAll("commands") List<Command> commands,
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long priceFen,
            @ForAll @IntRange(min = 0, max = 10_000) int feeBps,
            @ForAll @IntRange(min = 1, max = 3) int trades) {
        Ledger ledger = new Ledger();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        OrgId seller = OrgId.of("seller");
        int step = 0;
        for (Command command : commands) {
            step++;
            TradeParties parties = new TradeParties(TradeId.of("t" + (step % trades)), OrgId.of("buyer"), seller);
            TradeJournal journal = new TradeJournal(parties);
            Money price = Money.ofFen(priceFen);
            Money payable = ledger.balanceOf(AccountId.sellerPayable(seller));
            JournalEntry entry = switch (command) {
                case FUND -> journal.escrowFunded(price, "g" + step, now);
                case RELEASE -> journal.escrowReleased(PlatformFee.of(feeBps).splitOf(price), "g" + step, now);
                case REFUND -> journal.escrowRefunded(price, "g" + step, now);
                case PAY_OUT -> PayoutJournal.sellerPaidOut(seller, payable.isZero() ? price : payable.split(2).get(0), "p" + step, now);
                case CONFISCATE -> PenaltyJournal.incomeConfiscated(seller, price, "c" + step, now);
            };
            ledger.record(entry);
        }
        Balances balances = ledger.balances();
        assertThat(balances.all().values()).allMatch(balance -> !balance.isNegative());
        long debits = 0;
        long credits = 0;
        for (var account : balances.all().entrySet()) {
            if (account.getKey().type().normalSide() == Side.DEBIT) {
                debits += account.getValue().fen();
            } else {
                credits += account.getValue().fen();
            }
        }
        assertThat(debits).as("trial balance").isEqualTo(credits);
        for (int t = 0; t < trades; t++) {
            TradeParties parties = new TradeParties(TradeId.of("t" + t), OrgId.of("buyer"), seller);
            assertThat(TradeInvariants.violationsOf(parties, ledger.entriesOf(parties.trade()))).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        return Arbitraries.of(Command.class).list().ofMaxSize(25);
    }
}
