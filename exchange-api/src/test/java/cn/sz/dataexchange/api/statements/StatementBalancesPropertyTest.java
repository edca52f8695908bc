package cn.sz.dataexchange.api.statements;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.statements.application.StatementReads;
import cn.sz.dataexchange.api.statements.model.AccountBalance;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.model.StatementScope;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.settlement.ledger.AccountId;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.Balances;
import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.Ledger;
import cn.sz.dataexchange.settlement.ledger.OrgId;
import cn.sz.dataexchange.settlement.ledger.PayoutJournal;
import cn.sz.dataexchange.settlement.ledger.PenaltyJournal;
import cn.sz.dataexchange.settlement.ledger.Posting;
import cn.sz.dataexchange.settlement.ledger.PostingOutcome;
import cn.sz.dataexchange.settlement.ledger.Side;
import cn.sz.dataexchange.settlement.ledger.TradeId;
import cn.sz.dataexchange.settlement.ledger.TradeInvariants;
import cn.sz.dataexchange.settlement.ledger.TradeJournal;
import cn.sz.dataexchange.settlement.ledger.TradeParties;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.PlatformFee;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Random ledgers, built with the settlement module's {@link Ledger} (only Posted entries are stored,
 * as the service does) at random times around Shanghai midnights, read back through the statement
 * queries for random periods: for every account, opening + movements = closing, and opening, debits,
 * credits and closing equal what the settlement module's {@link Balances} compute from the same
 * entries. Each case is rebuilt from its seed ({@code SEED + i}); a failure names it.
 */
class StatementBalancesPropertyTest extends IntegrationTest {

    static final long SEED = 48_000_000L;
    static final int CASES = 25;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

    enum Command { FUND, RELEASE, REFUND, PAY_OUT, CONFISCATE, FINE, REMIT }

    @Autowired
    StatementReads reads;

    @Autowired
    DatabaseClient db;

    static Stream<Long> seeds() {
        return LongStream.range(SEED, SEED + CASES).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void opening_plus_movements_is_closing_for_every_account_and_period(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<OrgId> orgs = List.of(org(), org(), org());
        List<JournalEntry> stored = randomLedger(random, orgs);
        stored.forEach(this::insert);

        for (int p = 0; p < 8; p++) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(-3, 40));
            StatementPeriod period = StatementPeriod.of(from, from.plusDays(random.nextInt(0, 20)));
            for (OrgId org : orgs) {
                List<AccountBalance> balances = reads.balances(new StatementScope.Organisation(UUID.fromString(org.value())),
                        period).collectList().block();
                assertThat(balances).as("seed %d, %s, %s", seed, org, period).allMatch(AccountBalance::balanced);
                for (AccountType type : StatementScope.ORGANISATION_ACCOUNTS) {
                    AccountId account = new AccountId(type, org.value());
                    Expected expected = expected(stored, account, period);
                    AccountBalance actual = balances.stream().filter(b -> b.type() == type).findFirst()
                            .orElse(new AccountBalance(type, org.value(), 0, 0, 0, 0));
                    assertThat(actual).as("seed %d, %s, %s", seed, account, period)
                            .isEqualTo(new AccountBalance(type, org.value(), expected.opening(), expected.debits(),
                                    expected.credits(), expected.closing()));
                }
            }
            List<AccountBalance> platform = reads.balances(new StatementScope.Platform(), period).collectList().block();
            assertThat(platform).as("platform, seed %d, %s", seed, period).allMatch(AccountBalance::balanced);
            long debitNormal = platform.stream().filter(b -> b.type().normalSide() == Side.DEBIT)
                    .mapToLong(AccountBalance::closingFen).sum();
            long creditNormal = platform.stream().filter(b -> b.type().normalSide() == Side.CREDIT)
                    .mapToLong(AccountBalance::closingFen).sum();
            assertThat(debitNormal).as("trial balance, seed %d, %s", seed, period).isEqualTo(creditNormal);
        }
    }

    record Expected(long opening, long debits, long credits, long closing) {
    }

    /** What the settlement module says, from the same entries: balances before start and end, the period's postings. */
    private static Expected expected(List<JournalEntry> entries, AccountId account, StatementPeriod period) {
        long opening = Balances.of(entries.stream().filter(e -> e.recordedAt().isBefore(period.start())).toList())
                .balanceOf(account).fen();
        long closing = Balances.of(entries.stream().filter(e -> e.recordedAt().isBefore(period.end())).toList())
                .balanceOf(account).fen();
        long debits = 0;
        long credits = 0;
        for (JournalEntry entry : entries) {
            if (entry.recordedAt().isBefore(period.start()) || !entry.recordedAt().isBefore(period.end())) {
                continue;
            }
            for (Posting posting : entry.postings()) {
                if (posting.account().equals(account)) {
                    if (posting.side() == Side.DEBIT) {
                        debits += posting.amount().fen();
                    } else {
                        credits += posting.amount().fen();
                    }
                }
            }
        }
        return new Expected(opening, debits, credits, closing);
    }

    /**
     * Up to 60 random commands on a few trades between three organisations, in time order; the ledger
     * refuses what the rules forbid (and those entries are not stored). Invariants are re-checked.
     */
    private static List<JournalEntry> randomLedger(SplittableRandom random, List<OrgId> orgs) {
        Ledger ledger = new Ledger();
        List<TradeParties> trades = new ArrayList<>();
        for (int t = random.nextInt(1, 6); t > 0; t--) {
            OrgId seller = orgs.get(random.nextInt(orgs.size()));
            OrgId buyer = orgs.get((orgs.indexOf(seller) + 1 + random.nextInt(orgs.size() - 1)) % orgs.size());
            trades.add(new TradeParties(TradeId.of(UUID.randomUUID().toString()), buyer, seller));
        }
        Instant at = FIRST_DAY.atStartOfDay(StatementPeriod.ZONE).toInstant().minus(Duration.ofDays(2));
        List<JournalEntry> stored = new ArrayList<>();
        for (int step = random.nextInt(0, 60); step > 0; step--) {
            // Many steps land exactly on or next to a Shanghai midnight, where periods meet.
            at = random.nextInt(4) == 0 ? at.atZone(StatementPeriod.ZONE).toLocalDate().plusDays(1)
                    .atStartOfDay(StatementPeriod.ZONE).toInstant().minusMillis(random.nextInt(0, 2))
                    : at.plusSeconds(random.nextLong(1, 3 * 86_400));
            TradeParties parties = trades.get(random.nextInt(trades.size()));
            TradeJournal journal = new TradeJournal(parties);
            Money price = Money.ofFen(random.nextLong(1, 100_000_000L));
            Money payable = ledger.balanceOf(AccountId.sellerPayable(parties.seller()));
            String key = UUID.randomUUID().toString();
            JournalEntry entry = switch (Command.values()[random.nextInt(Command.values().length)]) {
                case FUND -> journal.escrowFunded(price, key, at);
                case RELEASE -> journal.escrowReleased(PlatformFee.of(random.nextInt(0, 10_001))
                        .splitOf(ledger.balanceOf(AccountId.tradeEscrow(parties.trade())).max(Money.ofFen(1))), key, at);
                case REFUND -> journal.escrowRefunded(ledger.balanceOf(AccountId.tradeEscrow(parties.trade()))
                        .max(Money.ofFen(1)), key, at);
                case PAY_OUT -> PayoutJournal.sellerPaidOut(parties.seller(), payable.isZero() ? price
                        : Money.ofFen(random.nextLong(1, payable.fen() + 1)), key, at);
                case CONFISCATE -> PenaltyJournal.incomeConfiscated(parties.seller(), payable.isZero() ? price
                        : Money.ofFen(random.nextLong(1, payable.fen() + 1)), key, at);
                case FINE -> PenaltyJournal.fineWithheld(parties.seller(), payable.isZero() ? price
                        : Money.ofFen(random.nextLong(1, payable.fen() + 1)), key, at);
                case REMIT -> PenaltyJournal.penaltiesRemitted(
                        ledger.balanceOf(AccountId.platform(AccountType.CONFISCATED_INCOME)).max(Money.ofFen(1)),
                        ledger.balanceOf(AccountId.platform(AccountType.FINES_WITHHELD)).max(Money.ofFen(1)), key, at);
            };
            if (ledger.record(entry) instanceof PostingOutcome.Posted) {
                stored.add(entry);
            }
        }
        for (TradeParties parties : trades) {
            assertThat(TradeInvariants.violationsOf(parties, ledger.entriesOf(parties.trade()))).isEmpty();
        }
        return stored;
    }

    private void insert(JournalEntry entry) {
        var spec = db.sql("INSERT INTO journal_entries (id, entry_type, trade_id, reference, recorded_at) "
                        + "VALUES (:id, :type, :trade, :reference, :at)")
                .bind("id", entry.id().value()).bind("type", (short) entry.type().code())
                .bind("reference", entry.reference()).bind("at", entry.recordedAt());
        spec = entry.tradeId().isPresent() ? spec.bind("trade", entry.tradeId().get().value())
                : spec.bindNull("trade", String.class);
        spec.then().block();
        for (Posting posting : entry.postings()) {
            db.sql("INSERT INTO journal_postings (entry_id, line_no, account_type, account_owner, side, amount_fen, currency) "
                            + "VALUES (:entry, :line, :type, :owner, :side, :amount, 'CNY')")
                    .bindValues(Map.of("entry", entry.id().value(), "line", (short) posting.line(),
                            "type", (short) posting.account().type().code(), "owner", posting.account().owner(),
                            "side", (short) posting.side().code(), "amount", posting.amount().fen()))
                    .then().block();
        }
    }

    private static OrgId org() {
        return OrgId.of(UUID.randomUUID().toString());
    }
}
