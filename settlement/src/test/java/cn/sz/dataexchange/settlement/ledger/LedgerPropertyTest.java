package cn.sz.dataexchange.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.SeededGenerator;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.PlatformFee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of life-cycle commands never break the ledger's invariants, whatever the ledger refuses.
 * Every sequence of up to three commands is tried, then {@value #TRIES} sequences of up to 25 from fixed seeds
 * (see {@link SeededGenerator}); a failure names its case and seed.
 */
class LedgerPropertyTest {

    static final int TRIES = 300;
    static final long SEED = 42_000_000L;

    enum Command { FUND, RELEASE, REFUND, PAY_OUT, CONFISCATE }

    record Scenario(String origin, List<Command> commands, long priceFen, int feeBps, int trades) {
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scenarios")
    void no_command_sequence_breaks_the_invariants(Scenario c) {
        Ledger ledger = new Ledger();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        OrgId seller = OrgId.of("seller");
        int step = 0;
        for (Command command : c.commands()) {
            step++;
            TradeParties parties = new TradeParties(TradeId.of("t" + (step % c.trades())), OrgId.of("buyer"), seller);
            TradeJournal journal = new TradeJournal(parties);
            Money price = Money.ofFen(c.priceFen());
            Money payable = ledger.balanceOf(AccountId.sellerPayable(seller));
            JournalEntry entry = switch (command) {
                case FUND -> journal.escrowFunded(price, "g" + step, now);
                case RELEASE -> journal.escrowReleased(PlatformFee.of(c.feeBps()).splitOf(price), "g" + step, now);
                case REFUND -> journal.escrowRefunded(price, "g" + step, now);
                case PAY_OUT -> PayoutJournal.sellerPaidOut(seller, payable.isZero() ? price : payable.split(2).get(0), "p" + step, now);
                case CONFISCATE -> PenaltyJournal.incomeConfiscated(seller, price, "c" + step, now);
            };
            ledger.record(entry);
        }
        Balances balances = ledger.balances();
        assertThat(balances.all().values()).as("%s", c).allMatch(balance -> !balance.isNegative());
        long debits = 0;
        long credits = 0;
        for (var account : balances.all().entrySet()) {
            if (account.getKey().type().normalSide() == Side.DEBIT) {
                debits += account.getValue().fen();
            } else {
                credits += account.getValue().fen();
            }
        }
        assertThat(debits).as("trial balance of %s", c).isEqualTo(credits);
        for (int t = 0; t < c.trades(); t++) {
            TradeParties parties = new TradeParties(TradeId.of("t" + t), OrgId.of("buyer"), seller);
            assertThat(TradeInvariants.violationsOf(parties, ledger.entriesOf(parties.trade()))).as("trade t%d of %s", t, c)
                    .isEmpty();
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.concat(edgeCases().stream(), SeededGenerator.cases(SEED, TRIES, g -> new Scenario(g.origin(),
                g.listOf(0, 25, () -> g.oneOf(Command.values())), g.longBetween(1, 10_000_000_000L),
                g.intBetween(0, 10_000), g.intBetween(1, 3))));
    }

    /** All 156 sequences of zero to three commands, each with one of a few price/fee/trade edge settings, and a few long runs. */
    private static List<Scenario> edgeCases() {
        long[][] settings = {{1, 0, 1}, {10_000_000_000L, 10_000, 1}, {3, 3_333, 2}, {1, 1, 3}, {10_001, 250, 1}};
        List<List<Command>> sequences = new ArrayList<>();
        sequences.add(List.of());
        for (int length = 1; length <= 3; length++) {
            int from = sequences.size() - (int) Math.pow(Command.values().length, length - 1);
            for (int i = from, to = sequences.size(); i < to; i++) {
                for (Command next : Command.values()) {
                    List<Command> longer = new ArrayList<>(sequences.get(i));
                    longer.add(next);
                    sequences.add(List.copyOf(longer));
                }
            }
        }
        for (Command command : Command.values()) {
            sequences.add(Collections.nCopies(25, command));
        }
        List<Command> cycle = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            cycle.add(Command.values()[i % Command.values().length]);
        }
        sequences.add(List.copyOf(cycle));
        List<Scenario> edges = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            long[] setting = settings[i % settings.length];
            edges.add(new Scenario("edge case", sequences.get(i), setting[0], (int) setting[1], (int) setting[2]));
        }
        return edges;
    }
}
