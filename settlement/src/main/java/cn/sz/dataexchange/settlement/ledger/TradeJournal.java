package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.FeeSplit;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;

/**
 * The journal entries of one trade's money life cycle. Each fact happens at most once per trade, so
 * its entry id is derived from the entry type and the trade id (ADR 0042): recording it again after
 * a crash is harmless. {@code gatewayReference} is the payment gateway's operation or escrow id.
 */
public final class TradeJournal {

    private final TradeParties parties;

    public TradeJournal(TradeParties parties) {
        this.parties = parties;
    }

    public TradeParties parties() {
        return parties;
    }

    /** The gateway holds the buyer's payment: Dr buyer funding, Cr trade escrow. */
    public JournalEntry escrowFunded(Money price, String gatewayReference, Instant at) {
        return new EntryDraft(EntryType.ESCROW_FUNDED)
                .debit(AccountId.buyerFunding(parties.buyer()), price)
                .credit(AccountId.tradeEscrow(parties.trade()), price)
                .recorded(tradeKey(), parties.trade(), gatewayReference, at);
    }

    /** The trade settles: Dr trade escrow (gross), Cr seller payable (net), Cr platform fee revenue (fee). */
    public JournalEntry escrowReleased(FeeSplit split, String gatewayReference, Instant at) {
        return new EntryDraft(EntryType.ESCROW_RELEASED)
                .debit(AccountId.tradeEscrow(parties.trade()), split.gross())
                .credit(AccountId.sellerPayable(parties.seller()), split.sellerNet())
                .credit(AccountId.platform(AccountType.PLATFORM_FEE_REVENUE), split.fee())
                .recorded(tradeKey(), parties.trade(), gatewayReference, at);
    }

    /** The buyer gets the escrow back: Dr trade escrow, Cr buyer refunds. */
    public JournalEntry escrowRefunded(Money amount, String gatewayReference, Instant at) {
        return new EntryDraft(EntryType.ESCROW_REFUNDED)
                .debit(AccountId.tradeEscrow(parties.trade()), amount)
                .credit(AccountId.buyerRefunds(parties.buyer()), amount)
                .recorded(tradeKey(), parties.trade(), gatewayReference, at);
    }

    private String tradeKey() {
        return "trade:" + parties.trade().value();
    }
}
