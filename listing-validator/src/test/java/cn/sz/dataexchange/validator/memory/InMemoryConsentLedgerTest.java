package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.testdata.Listings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static cn.sz.dataexchange.validator.testdata.Listings.ADULT_2;
import static org.assertj.core.api.Assertions.assertThat;

class InMemoryConsentLedgerTest {

    @Test
    void returns_every_record_of_every_asked_subject_and_nothing_else() {
        ConsentRecord first = Listings.consentFor(ADULT).build();
        ConsentRecord second = Listings.consentFor(ADULT).with(c -> c.withdrawn = Instant.parse("2026-02-01T00:00:00Z")).build();
        ConsentRecord other = Listings.consentFor(ADULT_2).build();
        InMemoryConsentLedger ledger = new InMemoryConsentLedger(2);
        List.of(first, other, second).forEach(ledger::add);

        List<ConsentRecord> found = ledger.findBySubjectKeys(List.of(first.subjectKey(), new SubjectKey(1, 2, 3, 4)));

        assertThat(found).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void finds_the_records_of_keys_that_share_all_but_one_word() {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger(16);
        List<ConsentRecord> records = new java.util.ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            ConsentRecord template = Listings.consentFor(ADULT).build();
            ConsentRecord r = new ConsentRecord(new SubjectKey(7, 7, 7, i), template.purposes(), template.categories(),
                    template.thirdPartyProvision(), template.express(), template.guardianConsent(), template.givenAt(),
                    template.expiresAt(), template.withdrawnAt(), template.noticeVersion(), template.evidenceHash());
            records.add(r);
            ledger.add(r);
        }
        List<ConsentRecord> found = ledger.findBySubjectKeys(List.of(new SubjectKey(7, 7, 7, 19_999),
                new SubjectKey(7, 7, 7, 5), new SubjectKey(7, 7, 7, 20_000)));
        assertThat(found).containsExactlyInAnyOrder(records.get(19_999), records.get(5));
    }

    @Test
    void keeps_every_field_of_a_record() {
        ConsentRecord record = Listings.consentFor(ADULT).with(c -> {
            c.guardian = true;
            c.thirdParty = false;
            c.expires = Instant.parse("2030-01-01T00:00:00Z");
        }).build();
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        ledger.add(record);

        assertThat(ledger.findBySubjectKeys(List.of(record.subjectKey()))).containsExactly(record);
    }
}
