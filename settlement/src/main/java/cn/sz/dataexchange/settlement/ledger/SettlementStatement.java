package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.List;

/**
 * A trade's money at a glance, computed from its journal entries: what the buyer paid, the
 * platform's fee, the seller's net, what was refunded, and what is still in escrow.
 */
public record SettlementStatement(TradeParties parties, SettlementStatus status, Money paidByBuyer, Money platformFee,
        Money sellerNet, Money refundedToBuyer, Money heldInEscrow, List<StatementLine> lines) {

    public SettlementStatement {
        lines = List.copyOf(lines);
    }

    public static SettlementStatement of(TradeParties parties, List<JournalEntry> tradeEntries) {
        Balances balances = Balances.of(tradeEntries);
        Money paid = balances.balanceOf(AccountId.buyerFunding(parties.buyer()));
        Money fee = balances.balanceOf(AccountId.platform(AccountType.PLATFORM_FEE_REVENUE));
        Money net = balances.balanceOf(AccountId.sellerPayable(parties.seller()));
        Money refunded = balances.balanceOf(AccountId.buyerRefunds(parties.buyer()));
        Money escrow = balances.balanceOf(AccountId.tradeEscrow(parties.trade()));
        List<StatementLine> lines = tradeEntries.stream().map(StatementLine::of).toList();
        return new SettlementStatement(parties, statusOf(tradeEntries), paid, fee, net, refunded, escrow, lines);
    }

    private static SettlementStatus statusOf(List<JournalEntry> entries) {
        SettlementStatus status = SettlementStatus.NOT_FUNDED;
        for (JournalEntry entry : entries) {
            status = switch (entry.type()) {
                case ESCROW_FUNDED -> SettlementStatus.IN_ESCROW;
                case ESCROW_RELEASED -> SettlementStatus.SETTLED;
                case ESCROW_REFUNDED -> SettlementStatus.REFUNDED;
                default -> status;
            };
        }
        return status;
    }
}
