package cn.sz.dataexchange.contracts.receipt;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.TradeId;
import java.util.Objects;
import java.time.Instant;

/** What the buyer states it received for a trade: the file's SHA-256, its size in bytes, and when. */
public record DeliveryReceipt(TradeId tradeId, Sha256Digest sha256, long bytes, Instant receivedAt) {

    public DeliveryReceipt {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (bytes < 0 || bytes > (1L << 53) - 1) {
            throw new IllegalArgumentException("a size is 0 to 2^53-1 bytes");
        }
    }
}
