package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.Side;

/**
 * One account (or, for the platform, all accounts of one type) over a period: the balance at the
 * start, the debits and credits in the period, and the balance at the end, each balance on the
 * account's normal side. The closing balance is summed from the journal on its own (every line
 * before the end), not derived from the opening balance, so {@link #balanced()} is a real check.
 *
 * @param owner the account's owner; {@code *} when the row adds up every account of the type
 */
public record AccountBalance(AccountType type, String owner, long openingFen, long debitsFen, long creditsFen,
                             long closingFen) {

    /** The period's net effect on the balance, on the normal side. */
    public long movementFen() {
        long net = Math.subtractExact(creditsFen, debitsFen);
        return type.normalSide() == Side.CREDIT ? net : Math.negateExact(net);
    }

    /** Opening balance + movements = closing balance. */
    public boolean balanced() {
        return Math.addExact(openingFen, movementFen()) == closingFen;
    }
}
