package cn.sz.dataexchange.validator.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.ConsentRequirement;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.memory.InMemoryConsentLedger;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentCollectorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private static ConsentRecord consentOf(SubjectKey key) {
        return new ConsentRecord(key, Set.of(Purpose.CREDIT_ASSESSMENT), Set.of(DataCategory.CONTACT), true, true,
                false, Instant.parse("2025-01-01T00:00:00Z"), null, null, "notice-v1", null);
    }

    private static ConsentCollector collector(InMemoryConsentLedger ledger) {
        return new ConsentCollector(ledger, new ConsentRequirement(Purpose.CREDIT_ASSESSMENT.bit(),
                DataCategory.CONTACT.bit(), false, NOW, 14, java.time.ZoneOffset.UTC), 2, 20261123, 10);
    }

    @Test
    void a_subject_whose_key_shares_words_with_a_consenting_subjects_key_is_still_checked() {
        SubjectKey consenting = new SubjectKey(1, 0, 2, 0);
        SubjectKey lookalike = new SubjectKey(3, 0, 0, 0);   // w0 ^ w2 is 3 for both
        SubjectKey sameFirstWords = new SubjectKey(1, 0, 2, 7);
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ledger.add(consentOf(consenting));

        ConsentCollector collector = collector(ledger);
        collector.subject(consenting, 2, 0, 0);
        collector.subject(lookalike, 3, 0, 0);
        collector.subject(sameFirstWords, 4, 0, 0);
        collector.subject(consenting, 5, 0, 0);
        ConsentCoverage coverage = collector.result();

        assertThat(coverage.subjects()).isEqualTo(3);
        assertThat(coverage.gaps().get(ConsentGap.NO_RECORD).count()).isEqualTo(2);
        assertThat(coverage.gaps().get(ConsentGap.NO_RECORD).sampleLines()).containsExactly(3L, 4L);
    }

    @Test
    void whole_key_sets_tell_apart_keys_that_differ_in_one_word_and_grow_without_losing_any() {
        SubjectKeySet set = new SubjectKeySet(4);
        for (long i = 0; i < 10_000; i++) {
            assertThat(set.add(new SubjectKey(0, 0, 0, i))).isTrue();
        }
        for (long i = 0; i < 10_000; i++) {
            assertThat(set.add(new SubjectKey(0, 0, 0, i))).isFalse();
        }
        assertThat(set.size()).isEqualTo(10_000);
    }
}
