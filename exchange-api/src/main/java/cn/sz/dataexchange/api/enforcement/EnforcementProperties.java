package cn.sz.dataexchange.api.enforcement;

import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.penalty.DiscretionPolicy;
import cn.sz.dataexchange.settlement.penalty.ProposalFloor;
import cn.sz.dataexchange.settlement.penalty.SubjectTier;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.enforcement.*}: the discretion policy that proposes fines (ADR 0044) and the Art. 69
 * detection schedule. Defaults are
 * the settlement module's standard policy; {@code serious-tier-floor-fen} of 0 removes the Art. 95
 * serious-tier floor (which is policy, never a statutory minimum).
 */
@ConfigurationProperties("exchange.enforcement")
public record EnforcementProperties(Discretion discretion, Detection detection) {

    public EnforcementProperties {
        discretion = discretion == null ? new Discretion(null, null, null, null, null, null, null, null, null) : discretion;
        detection = detection == null ? new Detection(null, null) : detection;
    }

    /**
     * {@code exchange.enforcement.detection.*}: whether the Art. 69 detection runs on a schedule
     * (default true) and how often (default 24 hours). One recurring task per database, so several
     * instances run it once per interval.
     */
    public record Detection(Boolean scheduled, java.time.Duration interval) {

        public Detection {
            scheduled = scheduled == null || scheduled;
            interval = interval == null ? java.time.Duration.ofHours(24) : interval;
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("exchange.enforcement.detection.interval must be positive");
            }
        }
    }

    public record Discretion(Integer startingPositionBps, Integer repeatOffenceBps, Integer sensitiveDataBps,
                             Integer cooperationBps, Long subjectsTier1, Integer subjectsTier1Bps, Long subjectsTier2,
                             Integer subjectsTier2Bps, Long seriousTierFloorFen) {

        public DiscretionPolicy policy() {
            DiscretionPolicy standard = DiscretionPolicy.standard();
            List<SubjectTier> tiers = List.of(
                    new SubjectTier(or(subjectsTier1, 1_000L), or(subjectsTier1Bps, 1_000)),
                    new SubjectTier(or(subjectsTier2, 100_000L), or(subjectsTier2Bps, 2_500)));
            long floor = or(seriousTierFloorFen, DiscretionPolicy.STANDARD_SERIOUS_TIER_FLOOR.amount().fen());
            Optional<ProposalFloor> seriousFloor = floor <= 0 ? Optional.empty()
                    : Optional.of(new ProposalFloor(Money.ofFen(floor), floor == DiscretionPolicy.STANDARD_SERIOUS_TIER_FLOOR
                            .amount().fen() ? DiscretionPolicy.STANDARD_SERIOUS_TIER_FLOOR.reason()
                            : "policy: configured floor of the exchange's discretion policy for serious cases;"
                                    + " the law states no minimum for the serious tier"));
            return new DiscretionPolicy(or(startingPositionBps, standard.startingPositionBps()),
                    or(repeatOffenceBps, standard.repeatOffenceBps()), or(sensitiveDataBps, standard.sensitiveDataBps()),
                    or(cooperationBps, standard.cooperationBps()), tiers, seriousFloor);
        }

        private static <T> T or(T value, T fallback) {
            return value == null ? fallback : value;
        }
    }
}
