package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a trade's complete journal, e.g. in a reconciliation job or after loading from the database:
 * the escrow never went negative, a closed trade's escrow is zero, and the money adds up
 * (paid = fee + seller net + refunded + still held). An empty list means all hold.
 */
public final class TradeInvariants {

    private TradeInvariants() {
    }

    public static List<InvariantViolation> violationsOf(TradeParties parties, List<JournalEntry> tradeEntries) {
        List<InvariantViolation> violations = new ArrayList<>();
        AccountId escrow = AccountId.tradeEscrow(parties.trade());
        long running = 0;
        for (JournalEntry entry : tradeEntries) {
            if (!entry.tradeId().map(parties.trade()::equals).orElse(false)) {
                violations.add(new InvariantViolation("entry-of-another-trade", entry.id() + " is not for " + parties.trade()));
            }
            running = Math.addExact(running, entry.effectOn(escrow));
            if (running < 0) {
                violations.add(new InvariantViolation("escrow-went-negative", "after " + entry.id() + ": " + running));
            }
        }
        SettlementStatement statement = SettlementStatement.of(parties, tradeEntries);
        boolean closed = statement.status() == SettlementStatus.SETTLED || statement.status() == SettlementStatus.REFUNDED;
        if (closed && !statement.heldInEscrow().isZero()) {
            violations.add(new InvariantViolation("closed-escrow-not-empty",
                    statement.heldInEscrow().toPlainString() + " left after " + statement.status()));
        }
        Money accountedFor = statement.platformFee().plus(statement.sellerNet()).plus(statement.refundedToBuyer())
                .plus(statement.heldInEscrow());
        if (!accountedFor.equals(statement.paidByBuyer())) {
            violations.add(new InvariantViolation("money-does-not-add-up",
                    "paid " + statement.paidByBuyer().toPlainString() + " but accounted for " + accountedFor.toPlainString()));
        }
        long closings = tradeEntries.stream().filter(e -> EscrowClosesOnceAndEmpties.closesEscrow(e.type())).count();
        if (closings > 1) {
            violations.add(new InvariantViolation("escrow-closed-twice", closings + " releases or refunds"));
        }
        return List.copyOf(violations);
    }
}
