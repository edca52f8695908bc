package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.List;

/**
 * A fine the discretion policy proposes within a range, the position it took in that range
 * (0 = minimum, 10,000 = maximum) and why.
 */
public record ProposedFine(Money amount, int positionBps, List<String> reasoning) {

    public ProposedFine {
        reasoning = List.copyOf(reasoning);
    }
}
