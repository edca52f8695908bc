package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.SubjectColumn;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.testdata.Listings;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MinorsRuleTest {

    @ParameterizedTest(name = "{0}: guardian={1}, express={2} -> {3}")
    @CsvSource({
            "440305201503010026, false, true, 'INFO,BLOCKING'",
            "440305201503010026, true, false, 'INFO,BLOCKING'",
            "440305201503010026, true, true, INFO",
            "440305201211240030, false, true, 'INFO,BLOCKING'",
            "11010519491231002X, false, true, ''",
    })
    void children_under_fourteen_need_a_guardians_express_consent(String id, boolean guardian, boolean express, String expected) {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.MINORS);
        String csv = "id_no\n" + id + "\n";

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), csv, Listings.ledger(
                Listings.consentFor(id).with(c -> {
                    c.guardian = guardian;
                    c.express = express;
                }))), RuleId.MINORS);

        assertThat(String.join(",", findings.stream().map(f -> f.severity().name()).toList())).isEqualTo(expected);
    }

    @Test
    void age_also_comes_from_a_declared_birth_date_column() {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.BASIC_PROFILE);
        m.subject = new SubjectColumn("customer", SubjectKeyForm.RAW_IDENTIFIER, SubjectIdentifierKind.OTHER);
        m.birthDateColumn = "born";
        String csv = "customer,born\nC-1,2016/05/04\nC-2,1980-01-01\n";
        var ledger = new cn.sz.dataexchange.validator.memory.InMemoryConsentLedger();
        for (String customer : List.of("C-1", "C-2")) {
            ledger.add(new cn.sz.dataexchange.validator.consent.ConsentRecord(
                    Listings.KEYS.derive(SubjectIdentifierKind.OTHER, customer),
                    Set.of(cn.sz.dataexchange.validator.vocabulary.Purpose.CREDIT_ASSESSMENT),
                    Set.of(DataCategory.BASIC_PROFILE), true, true, false,
                    java.time.Instant.parse("2025-01-01T00:00:00Z"), null, null, "v1", null));
        }

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), csv, ledger), RuleId.MINORS);

        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.BLOCKING, Severity.WARNING);
        assertThat(findings.get(1).evidence().sampleLines()).containsExactly(2L);
    }

    /** Born 2012-06-01: 12 on 2025-01-01, 13 on 2026-01-01, 14 on the clock's day (2026-11-23). */
    private static final String FOURTEEN_NOW = "440305201206010011";

    @ParameterizedTest(name = "consent given {0}, guardian={1} -> {2}")
    @CsvSource({
            "2025-01-01T00:00:00Z, false, 'INFO,BLOCKING'",
            "2026-05-31T12:00:00Z, false, 'INFO,BLOCKING'",
            "2025-01-01T00:00:00Z, true, INFO",
            "2026-06-01T00:00:00Z, false, ''",
    })
    void age_is_judged_at_the_consent_date_not_at_the_validation_clock(String givenAt, boolean guardian, String expected) {
        assertThat(checkDigitOf(FOURTEEN_NOW)).isTrue();
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.IDENTITY_DOCUMENT, DataCategory.MINORS);
        String csv = "id_no\n" + FOURTEEN_NOW + "\n";

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), csv, Listings.ledger(
                Listings.consentFor(FOURTEEN_NOW).with(c -> {
                    c.given = java.time.Instant.parse(givenAt);
                    c.guardian = guardian;
                    c.categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.IDENTITY_DOCUMENT);
                }))), RuleId.MINORS);

        assertThat(String.join(",", findings.stream().map(f -> f.severity().name()).toList())).isEqualTo(expected);
    }

    @Test
    void a_subject_under_fourteen_when_the_data_were_collected_needs_a_guardian_even_if_consenting_later_alone() {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.IDENTITY_DOCUMENT, DataCategory.MINORS);
        m.collectionDateColumn = "collected_on";
        String csv = "id_no,collected_on\n" + FOURTEEN_NOW + ",2026-03-15\n" + Listings.ADULT + ",2026-03-15\n";
        var ledger = Listings.ledger(
                Listings.consentFor(FOURTEEN_NOW).with(c -> c.given = java.time.Instant.parse("2026-07-01T00:00:00Z")),
                Listings.consentFor(Listings.ADULT));

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), csv, ledger), RuleId.MINORS);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.BLOCKING);
        assertThat(findings.get(1).evidence().sampleLines()).containsExactly(2L);
    }

    @Test
    void an_honest_minors_declaration_requires_guardian_consent_for_children_only() {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.MINORS);
        m.subject = new SubjectColumn("customer", SubjectKeyForm.RAW_IDENTIFIER, SubjectIdentifierKind.OTHER);
        m.birthDateColumn = "born";
        String csv = "customer,born\nC-1,1980-01-01\nC-2,1990-05-05\nC-3,2016-05-04\n";
        var ledger = new cn.sz.dataexchange.validator.memory.InMemoryConsentLedger();
        // Adults consent to their basic profile, not to "children's data", and not expressly (nothing sensitive about them).
        ledger.add(consent("C-1", false, false));
        ledger.add(consent("C-2", false, false));
        ledger.add(consent("C-3", true, true));

        var report = Listings.validate(m.build(), csv, ledger);

        assertThat(report.verdict()).as("%s", report.findings()).isEqualTo(cn.sz.dataexchange.validator.model.Verdict.PASS);
        assertThat(Listings.findingsOf(report, RuleId.CONSENT_PROVENANCE)).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
        assertThat(Listings.findingsOf(report, RuleId.MINORS)).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void the_child_of_an_honest_minors_declaration_still_needs_the_guardians_consent() {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.MINORS);
        m.subject = new SubjectColumn("customer", SubjectKeyForm.RAW_IDENTIFIER, SubjectIdentifierKind.OTHER);
        m.birthDateColumn = "born";
        String csv = "customer,born\nC-1,1980-01-01\nC-3,2016-05-04\n";
        var ledger = new cn.sz.dataexchange.validator.memory.InMemoryConsentLedger();
        ledger.add(consent("C-1", false, false));
        ledger.add(consent("C-3", false, true));

        var report = Listings.validate(m.build(), csv, ledger);

        assertThat(report.verdict()).isEqualTo(cn.sz.dataexchange.validator.model.Verdict.REJECT);
        assertThat(Listings.findingsOf(report, RuleId.MINORS)).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.BLOCKING);
        assertThat(Listings.findingsOf(report, RuleId.MINORS).get(1).evidence().sampleLines()).containsExactly(3L);
    }

    private static cn.sz.dataexchange.validator.consent.ConsentRecord consent(String customer, boolean guardian, boolean express) {
        return new cn.sz.dataexchange.validator.consent.ConsentRecord(
                Listings.KEYS.derive(SubjectIdentifierKind.OTHER, customer),
                Set.of(cn.sz.dataexchange.validator.vocabulary.Purpose.CREDIT_ASSESSMENT),
                Set.of(DataCategory.BASIC_PROFILE), true, express, guardian,
                java.time.Instant.parse("2025-01-01T00:00:00Z"), null, null, "v1", null);
    }

    private static boolean checkDigitOf(String id) {
        return cn.sz.dataexchange.validator.identifiers.ResidentIdNumber.checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }
}
