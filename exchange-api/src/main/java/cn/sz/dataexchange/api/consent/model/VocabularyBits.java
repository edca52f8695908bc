package cn.sz.dataexchange.api.consent.model;

import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Purposes and data categories are stored as bit sets; these lists fix each code's bit for good,
 * independent of the enums' declaration order (never ordinals). New codes are appended; a test
 * checks that every code has a bit.
 */
public final class VocabularyBits {

    private static final List<String> PURPOSES = List.of(
            "IDENTITY_VERIFICATION", "CREDIT_ASSESSMENT", "RISK_CONTROL", "INSURANCE_UNDERWRITING", "MARKETING",
            "ADVERTISING", "USER_PORTRAIT", "PERSONALISED_RECOMMENDATION", "PRODUCT_IMPROVEMENT", "STATISTICS",
            "SCIENTIFIC_RESEARCH", "MODEL_TRAINING", "HEALTH_CARE", "RECRUITMENT", "PUBLIC_SERVICE");

    private static final List<String> CATEGORIES = List.of(
            "BASIC_PROFILE", "CONTACT", "IDENTITY_DOCUMENT", "BIOMETRIC", "HEALTH", "FINANCIAL_ACCOUNT", "CREDIT_RECORD",
            "TRANSACTION_RECORD", "PRECISE_LOCATION", "BROWSING_HISTORY", "COMMUNICATION_CONTENT", "MINORS",
            "BELIEFS_AND_ORIENTATION", "CRIMINAL_RECORD", "EDUCATION_EMPLOYMENT", "DEVICE_IDENTIFIER", "VEHICLE");

    private VocabularyBits() {
    }

    public static long ofPurposes(Collection<Purpose> purposes) {
        long bits = 0;
        for (Purpose p : purposes) {
            bits |= 1L << index(PURPOSES, p.name());
        }
        return bits;
    }

    public static long ofCategories(Collection<DataCategory> categories) {
        long bits = 0;
        for (DataCategory c : categories) {
            bits |= 1L << index(CATEGORIES, c.name());
        }
        return bits;
    }

    public static Set<Purpose> purposes(long bits) {
        EnumSet<Purpose> set = EnumSet.noneOf(Purpose.class);
        for (long b = bits; b != 0; b &= b - 1) {
            set.add(Purpose.valueOf(PURPOSES.get(Long.numberOfTrailingZeros(b))));
        }
        return set;
    }

    public static Set<DataCategory> categories(long bits) {
        EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        for (long b = bits; b != 0; b &= b - 1) {
            set.add(DataCategory.valueOf(CATEGORIES.get(Long.numberOfTrailingZeros(b))));
        }
        return set;
    }

    private static int index(List<String> codes, String name) {
        int i = codes.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(name + " has no stable bit; append it to VocabularyBits");
        }
        return i;
    }
}
