package cn.sz.dataexchange.validator.consent;

import cn.sz.dataexchange.validator.vocabulary.Enums;

import java.time.Instant;
import java.util.List;

/**
 * What one subject's consent must cover for a listing, and the judgement of the records found.
 * A subject is judged by the single record with the fewest gaps (ties: the lowest gap bits), so the
 * outcome does not depend on the order the ledger returns records in.
 */
public record ConsentRequirement(long purposeBits, long categoryBits, boolean expressNeeded, Instant now) {

    /** The gaps of the best record, as {@link ConsentGap} bits; 0 means covered. */
    public int gapsOf(List<ConsentRecord> records, boolean minor) {
        if (records == null || records.isEmpty()) {
            return ConsentGap.NO_RECORD.bit();
        }
        int best = Integer.MAX_VALUE;
        for (ConsentRecord record : records) {
            int gaps = gapsOf(record, minor);
            if (Integer.bitCount(gaps) < Integer.bitCount(best)
                    || (Integer.bitCount(gaps) == Integer.bitCount(best) && gaps < best)) {
                best = gaps;
            }
        }
        return best;
    }

    public int gapsOf(ConsentRecord r, boolean minor) {
        int gaps = 0;
        if (r.givenAt().isAfter(now)) {
            gaps |= ConsentGap.NOT_YET_GIVEN.bit();
        }
        if (r.withdrawnAt() != null && !r.withdrawnAt().isAfter(now)) {
            gaps |= ConsentGap.WITHDRAWN.bit();
        }
        if (r.expiresAt() != null && !r.expiresAt().isAfter(now)) {
            gaps |= ConsentGap.EXPIRED.bit();
        }
        if ((purposeBitsOf(r) & purposeBits) != purposeBits) {
            gaps |= ConsentGap.PURPOSE_NOT_COVERED.bit();
        }
        if ((categoryBitsOf(r) & categoryBits) != categoryBits) {
            gaps |= ConsentGap.CATEGORY_NOT_COVERED.bit();
        }
        if (!r.thirdPartyProvision()) {
            gaps |= ConsentGap.THIRD_PARTY_NOT_COVERED.bit();
        }
        if (expressNeeded && !r.express()) {
            gaps |= ConsentGap.NOT_EXPRESS.bit();
        }
        if (minor && !(r.guardianConsent() && r.express())) {
            gaps |= ConsentGap.NO_GUARDIAN_CONSENT.bit();
        }
        return gaps;
    }

    private static long purposeBitsOf(ConsentRecord r) {
        return Enums.bitsOf(r.purposes());
    }

    private static long categoryBitsOf(ConsentRecord r) {
        return Enums.bitsOf(r.categories());
    }
}
