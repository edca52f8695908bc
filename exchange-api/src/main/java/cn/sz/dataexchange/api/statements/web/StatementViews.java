package cn.sz.dataexchange.api.statements.web;

import cn.sz.dataexchange.api.statements.model.AccountBalance;
import cn.sz.dataexchange.api.statements.model.OrganisationStatement;
import cn.sz.dataexchange.api.statements.model.PlatformStatement;
import cn.sz.dataexchange.api.statements.model.StatementLine;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.model.TradeMoney;
import cn.sz.dataexchange.api.statements.model.TradeStatement;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import cn.sz.dataexchange.settlement.ledger.InvariantViolation;
import cn.sz.dataexchange.settlement.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of statements. Every amount is integer fen plus a display string. */
final class StatementViews {

    static final String BALANCE_RULE = "opening + movement = closing for every account; movement = credits - debits on "
            + "credit-normal accounts, debits - credits on debit-normal ones";

    private StatementViews() {
    }

    @Schema(description = "An amount: integer fen (1/100 yuan) and a display string")
    record Amount(long fen, String display) {
        static Amount of(long fen) {
            return new Amount(fen, Money.ofFen(fen).toDisplayString());
        }
    }

    @Schema(description = "The period: whole days from..to (both included) in timeZone; as instants [start, end)")
    record PeriodView(String timeZone, String from, String to, String start, String end, String boundaries) {
        static PeriodView of(StatementPeriod p) {
            return new PeriodView(StatementPeriod.ZONE.getId(), p.from().toString(), p.to().toString(), p.startText(),
                    p.endText(), "start inclusive, end exclusive");
        }
    }

    @Schema(description = "One account over the period; owner '*' adds up every account of the type")
    record AccountView(AccountType account, String normalSide, String owner, Amount opening, Amount debits,
                       Amount credits, Amount movement, Amount closing, boolean balanced) {
        static AccountView of(AccountBalance a) {
            return new AccountView(a.type(), a.type().normalSide().name(), a.owner(), Amount.of(a.openingFen()),
                    Amount.of(a.debitsFen()), Amount.of(a.creditsFen()), Amount.of(a.movementFen()),
                    Amount.of(a.closingFen()), a.balanced());
        }
    }

    @Schema(description = "As a seller in the period: gross released, platform fee, net to the payable, paid out, "
            + "withheld (confiscated income and fines), and owed but not yet paid out at the end")
    record SellerFigures(Amount gross, Amount platformFee, Amount net, Amount paidOut, Amount withheld, Amount owedAtEnd) {
    }

    @Schema(description = "As a buyer in the period: paid into escrow, refunded, and held in escrow at the end")
    record BuyerFigures(Amount paid, Amount refunded, Amount inEscrowAtEnd) {
    }

    record OrganisationStatementView(UUID organisation, PeriodView period, boolean balanced, String balanceRule,
                                     List<AccountView> accounts, SellerFigures seller, BuyerFigures buyer) {
        static OrganisationStatementView of(OrganisationStatement s) {
            SellerFigures seller = new SellerFigures(Amount.of(s.sumOfTrades("SELLER", TradeMoney::releasedFen)),
                    Amount.of(s.sumOfTrades("SELLER", TradeMoney::feeFen)),
                    Amount.of(s.credits(EntryType.ESCROW_RELEASED, AccountType.SELLER_PAYABLE)),
                    Amount.of(s.credits(EntryType.SELLER_PAID_OUT, AccountType.SELLER_PAYOUTS)),
                    Amount.of(Math.addExact(s.debits(EntryType.INCOME_CONFISCATED, AccountType.SELLER_PAYABLE),
                            s.debits(EntryType.FINE_WITHHELD, AccountType.SELLER_PAYABLE))),
                    Amount.of(s.closingOf(AccountType.SELLER_PAYABLE)));
            BuyerFigures buyer = new BuyerFigures(Amount.of(s.debits(EntryType.ESCROW_FUNDED, AccountType.BUYER_FUNDING)),
                    Amount.of(s.credits(EntryType.ESCROW_REFUNDED, AccountType.BUYER_REFUNDS)),
                    Amount.of(s.sumOfTrades("BUYER", TradeMoney::heldAtEndFen)));
            return new OrganisationStatementView(s.org(), PeriodView.of(s.period()), s.balanced(), BALANCE_RULE,
                    s.accounts().stream().map(AccountView::of).toList(), seller, buyer);
        }
    }

    @Schema(description = "The platform in the period: fee revenue, escrow held, payouts in flight (released to sellers, "
            + "not yet paid out), owed to the authority (confiscated income and withheld fines not yet remitted)")
    record PlatformFigures(Amount feeRevenue, Amount feeRevenueToDate, Amount escrowHeld, Amount payoutsInFlight,
                           Amount owedToAuthority, Amount remittedToAuthority) {
    }

    record PlatformStatementView(PeriodView period, boolean balanced, boolean trialBalanceHolds, String balanceRule,
                                 List<AccountView> accounts, PlatformFigures figures) {
        static PlatformStatementView of(PlatformStatement s) {
            PlatformFigures figures = new PlatformFigures(Amount.of(s.creditsOf(AccountType.PLATFORM_FEE_REVENUE)),
                    Amount.of(s.closingOf(AccountType.PLATFORM_FEE_REVENUE)), Amount.of(s.closingOf(AccountType.TRADE_ESCROW)),
                    Amount.of(s.closingOf(AccountType.SELLER_PAYABLE)),
                    Amount.of(Math.addExact(s.closingOf(AccountType.CONFISCATED_INCOME), s.closingOf(AccountType.FINES_WITHHELD))),
                    Amount.of(s.creditsOf(AccountType.AUTHORITY_REMITTANCES)));
            return new PlatformStatementView(PeriodView.of(s.period()), s.balanced(), s.trialBalanceHolds(), BALANCE_RULE,
                    s.accounts().stream().map(AccountView::of).toList(), figures);
        }
    }

    @Schema(description = "A trade's money: paid into escrow, gross released, platform fee, seller's net, refunded, "
            + "held in escrow at the end")
    record TradeView(UUID tradeId, String role, UUID seller, UUID buyer, String firstRecordedAt, Amount paid,
                     Amount released, Amount platformFee, Amount sellerNet, Amount refunded, Amount heldAtEnd) {
        static TradeView of(TradeMoney t) {
            return new TradeView(t.tradeId(), t.role(), t.sellerOrg(), t.buyerOrg(),
                    StatementCsv.shanghai(t.firstRecordedAt()), Amount.of(t.paidFen()), Amount.of(t.releasedFen()),
                    Amount.of(t.feeFen()), Amount.of(t.sellerNetFen()), Amount.of(t.refundedFen()),
                    Amount.of(t.heldAtEndFen()));
        }
    }

    @Schema(description = "One journal line: a debit or credit of one account by one entry")
    record LineView(String recordedAt, UUID entryId, int lineNo, EntryType entryType, String tradeId, String reference,
                    AccountType account, String owner, String side, Amount amount) {
        static LineView of(StatementLine l) {
            return new LineView(StatementCsv.shanghai(l.recordedAt()), l.entryId(), l.lineNo(), l.entryType(), l.tradeId(),
                    l.reference(), l.accountType(), l.accountOwner(), l.side().name(), Amount.of(l.amountFen()));
        }
    }

    record LinePage(PeriodView period, List<LineView> items, int page, int size, long totalItems, long totalPages) {
    }

    record TradePage(PeriodView period, List<TradeView> items, int page, int size, long totalItems, long totalPages) {
    }

    record TradeStatementView(TradeView trade, List<LineView> lines, boolean invariantsHold,
                              List<InvariantViolation> violations) {
        static TradeStatementView of(TradeStatement s) {
            return new TradeStatementView(TradeView.of(s.money()), s.lines().stream().map(LineView::of).toList(),
                    s.violations().isEmpty(), s.violations());
        }
    }
}
