package cn.sz.dataexchange.validator.consent;

import cn.sz.dataexchange.validator.identifiers.CalendarDate;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.vocabulary.Enums;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What one subject's consent must cover for a listing, and the judgement of the records found.
 * A subject is judged by the single record with the fewest gaps (ties: the lowest gap bits), so the
 * outcome does not depend on the order the ledger returns records in.
 *
 * <p>Whether a subject is a child is decided per record, at the date the consent was given and at
 * the date the data were collected when the asset says it (ADR 0028): a consent a 13-year-old gave
 * alone never becomes proper by the subject turning 14.
 *
 * @param purposeBits   purposes every consent must cover
 * @param categoryBits  data categories every consent must cover (never MINORS: see {@link ListingManifest#consentCategoryBits()})
 * @param expressNeeded whether every consent must be express
 * @param now           the evaluation time: records given later, withdrawn or expired are not in force
 * @param minorAgeYears the age below which a guardian's express consent is needed (Art. 20: 14)
 * @param zone          the zone in which an instant's calendar date is taken for ages
 */
public record ConsentRequirement(long purposeBits, long categoryBits, boolean expressNeeded, Instant now,
                                 int minorAgeYears, ZoneId zone) {

    /** The requirement of a listing's manifest at {@code now}. */
    public static ConsentRequirement of(ListingManifest manifest, Instant now, int minorAgeYears, ZoneId zone) {
        return new ConsentRequirement(manifest.purposeBits(), manifest.consentCategoryBits(),
                manifest.expressConsentNeeded(), now, minorAgeYears, zone);
    }

    /**
     * The gaps of the best record, as {@link ConsentGap} bits; 0 means covered. {@code birthYmd}
     * and {@code collectedYmd} (yyyymmdd) are 0 when unknown.
     */
    public int gapsOf(List<ConsentRecord> records, int birthYmd, int collectedYmd) {
        if (records == null || records.isEmpty()) {
            return ConsentGap.NO_RECORD.bit();
        }
        int best = Integer.MAX_VALUE;
        for (ConsentRecord record : records) {
            int gaps = gapsOf(record, birthYmd, collectedYmd);
            if (Integer.bitCount(gaps) < Integer.bitCount(best)
                    || (Integer.bitCount(gaps) == Integer.bitCount(best) && gaps < best)) {
                best = gaps;
            }
        }
        return best;
    }

    public int gapsOf(ConsentRecord r, int birthYmd, int collectedYmd) {
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
        if (childFor(r, birthYmd, collectedYmd) && !(r.guardianConsent() && r.express())) {
            gaps |= ConsentGap.NO_GUARDIAN_CONSENT.bit();
        }
        return gaps;
    }

    /** Whether the subject was a child when record {@code r} was given, or when the data were collected. */
    public boolean childFor(ConsentRecord r, int birthYmd, int collectedYmd) {
        return childOn(birthYmd, ymd(r.givenAt())) || collectedYmd != 0 && childOn(birthYmd, collectedYmd);
    }

    /**
     * Whether the subject's data are children's data: under the age on {@code todayYmd}, at the
     * collection date, or when any of the records was given.
     */
    public boolean child(List<ConsentRecord> records, int birthYmd, int collectedYmd, int todayYmd) {
        if (childOn(birthYmd, todayYmd) || collectedYmd != 0 && childOn(birthYmd, collectedYmd)) {
            return true;
        }
        if (records != null) {
            for (ConsentRecord r : records) {
                if (childOn(birthYmd, ymd(r.givenAt()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean childOn(int birthYmd, int dayYmd) {
        return birthYmd != 0 && (dayYmd < birthYmd || CalendarDate.yearsBetween(birthYmd, dayYmd) < minorAgeYears);
    }

    private int ymd(Instant instant) {
        LocalDate d = LocalDate.ofInstant(instant, zone);
        return CalendarDate.pack(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static long purposeBitsOf(ConsentRecord r) {
        return Enums.bitsOf(r.purposes());
    }

    private static long categoryBitsOf(ConsentRecord r) {
        return Enums.bitsOf(r.categories());
    }
}
