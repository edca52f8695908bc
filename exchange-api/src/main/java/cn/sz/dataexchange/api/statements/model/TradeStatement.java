package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.InvariantViolation;
import java.util.List;

/** One trade's money over its life, down to the journal lines, with the settlement module's invariant check. */
public record TradeStatement(TradeMoney money, List<StatementLine> lines, List<InvariantViolation> violations) {

    public TradeStatement {
        lines = List.copyOf(lines);
        violations = List.copyOf(violations);
    }
}
