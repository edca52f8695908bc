package cn.sz.dataexchange.contracts.receipt;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.model.TradeId;
import java.time.Instant;
import java.util.Objects;

/**
 * What the exchange delivered, against which a receipt is checked.
 *
 * @param deliveredFrom the earliest moment the buyer could have received the data (e.g. when the delivery token was issued)
 */
public record ExpectedDelivery(TradeId tradeId, OrgId buyer, Sha256Digest sha256, long bytes, Instant deliveredFrom) {

    public ExpectedDelivery {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(deliveredFrom, "deliveredFrom");
    }
}
