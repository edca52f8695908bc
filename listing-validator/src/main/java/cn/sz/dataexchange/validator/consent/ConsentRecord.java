package cn.sz.dataexchange.validator.consent;

import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Enums;
import cn.sz.dataexchange.validator.vocabulary.Purpose;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One consent a data subject gave (Art. 14-23), as the exchange's consent ledger stores it.
 *
 * @param subjectKey          the subject's key (see {@link SubjectKeyDerivation})
 * @param purposes            the purposes consented to
 * @param categories          the personal data categories consented to
 * @param thirdPartyProvision whether provision to third parties was consented to (Art. 27(2))
 * @param express             whether the consent was express (Art. 18, 19)
 * @param guardianConsent     whether a guardian gave it, for a child under fourteen (Art. 20)
 * @param givenAt             when it was given
 * @param expiresAt           when it lapses, or null for no end
 * @param withdrawnAt         when it was withdrawn, or null (Art. 22)
 * @param noticeVersion       the version of the notice shown (Art. 14)
 * @param evidenceHash        hash of the stored evidence of notice and consent (Art. 25)
 */
public record ConsentRecord(SubjectKey subjectKey, Set<Purpose> purposes, Set<DataCategory> categories,
                            boolean thirdPartyProvision, boolean express, boolean guardianConsent,
                            Instant givenAt, Instant expiresAt, Instant withdrawnAt,
                            String noticeVersion, String evidenceHash) {

    public ConsentRecord {
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(givenAt, "givenAt");
        purposes = Enums.sortedSet(purposes, Purpose.class);
        categories = Enums.sortedSet(categories, DataCategory.class);
    }

    public boolean inForceAt(Instant now) {
        return !givenAt.isAfter(now) && (withdrawnAt == null || withdrawnAt.isAfter(now))
                && (expiresAt == null || expiresAt.isAfter(now));
    }
}
