package cn.sz.dataexchange.api.trading;

import cn.sz.dataexchange.api.trading.model.DeadlinePolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.trading.*}: the trade deadlines, delivery tokens, signature clock skew, how long a
 * command waits for the step it started, and the exchange as the third contract party.
 */
@ConfigurationProperties("exchange.trading")
public record TradingProperties(Deadlines deadlines, Duration deliveryTokenLifetime, Duration signatureClockSkew,
                                Duration stepWait, ExchangeParty exchangeParty) {

    public TradingProperties {
        deadlines = deadlines == null ? new Deadlines(null, null, null, null) : deadlines;
        deliveryTokenLifetime = deliveryTokenLifetime == null ? Duration.ofMinutes(15) : deliveryTokenLifetime;
        signatureClockSkew = signatureClockSkew == null ? Duration.ofMinutes(5) : signatureClockSkew;
        stepWait = stepWait == null ? Duration.ofSeconds(10) : stepWait;
        exchangeParty = exchangeParty == null ? new ExchangeParty(null, null, null) : exchangeParty;
    }

    /** Signing and payment deadlines, the acceptance window after delivery, the dispute window after a deemed acceptance. */
    public record Deadlines(Duration signing, Duration payment, Duration acceptance, Duration disputeWindow) {

        public Deadlines {
            signing = signing == null ? Duration.ofHours(72) : signing;
            payment = payment == null ? Duration.ofHours(72) : payment;
            acceptance = acceptance == null ? Duration.ofDays(7) : acceptance;
            disputeWindow = disputeWindow == null ? Duration.ofDays(2) : disputeWindow;
        }

        public DeadlinePolicy policy() {
            return new DeadlinePolicy(signing, payment, acceptance, disputeWindow);
        }
    }

    /** The exchange as it appears in contracts, and as the owner of its countersigning key. */
    public record ExchangeParty(String orgId, String name, String creditCode) {

        public ExchangeParty {
            orgId = orgId == null || orgId.isBlank() ? "sz-data-exchange" : orgId;
            name = name == null || name.isBlank() ? "深圳数据交易所 Shenzhen Data Exchange" : name;
            creditCode = creditCode == null || creditCode.isBlank() ? "91440300MA5G00001W" : creditCode;
        }
    }
}
