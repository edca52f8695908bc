package cn.sz.dataexchange.contracts.drafting;

import cn.sz.dataexchange.contracts.model.TradeContract;
import java.util.List;

/** A drafted contract, or every reason it could not be drafted. */
public sealed interface DraftResult {

    record Drafted(TradeContract contract) implements DraftResult {
    }

    record Refused(List<DraftRefusal> refusals) implements DraftResult {
        public Refused {
            refusals = List.copyOf(refusals);
        }
    }
}
