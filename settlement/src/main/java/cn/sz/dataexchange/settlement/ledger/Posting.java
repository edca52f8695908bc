package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Objects;

/**
 * One line of a journal entry: an amount debited or credited to an account. Maps to a row
 * {@code (entry_id, line_no, account_type, account_owner, side, amount_fen, currency)}.
 */
public record Posting(int line, AccountId account, Side side, Money amount) {

    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a posting's amount must be positive, was " + amount);
        }
    }

    /** The posting's effect on the account's balance on its normal side: positive adds, negative takes away. */
    public long signedEffectOnBalance() {
        return side == account.type().normalSide() ? amount.minorUnits() : Math.negateExact(amount.minorUnits());
    }
}
