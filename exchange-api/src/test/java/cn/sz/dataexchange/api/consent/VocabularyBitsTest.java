package cn.sz.dataexchange.api.consent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.consent.model.VocabularyBits;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Stored bit positions never move; every vocabulary code has one. */
class VocabularyBitsTest {

    @Test
    void every_purpose_and_category_has_a_bit() {
        assertThat(VocabularyBits.purposes(VocabularyBits.ofPurposes(EnumSet.allOf(Purpose.class))))
                .isEqualTo(EnumSet.allOf(Purpose.class));
        assertThat(VocabularyBits.categories(VocabularyBits.ofCategories(EnumSet.allOf(DataCategory.class))))
                .isEqualTo(EnumSet.allOf(DataCategory.class));
    }

    @Test
    void bit_positions_are_the_recorded_ones() {
        assertThat(VocabularyBits.ofPurposes(Set.of(Purpose.IDENTITY_VERIFICATION))).isEqualTo(1L);
        assertThat(VocabularyBits.ofPurposes(Set.of(Purpose.MARKETING))).isEqualTo(1L << 4);
        assertThat(VocabularyBits.ofPurposes(Set.of(Purpose.PUBLIC_SERVICE))).isEqualTo(1L << 14);
        assertThat(VocabularyBits.ofCategories(Set.of(DataCategory.BIOMETRIC))).isEqualTo(1L << 3);
        assertThat(VocabularyBits.ofCategories(Set.of(DataCategory.VEHICLE))).isEqualTo(1L << 16);
    }

    @RepeatedTest(30)
    void random_sets_survive_the_round_trip(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        EnumSet<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (Purpose p : Purpose.values()) {
            if (random.nextBoolean()) {
                purposes.add(p);
            }
        }
        assertThat(VocabularyBits.purposes(VocabularyBits.ofPurposes(purposes))).isEqualTo(purposes);
    }
}
