package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.Verdict;
import cn.sz.dataexchange.validator.testdata.Listings;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static cn.sz.dataexchange.validator.testdata.Listings.ADULT_2;
import static org.assertj.core.api.Assertions.assertThat;

class ConsentProvenanceRuleTest {

    private static final String CSV = "id_no,name\n" + ADULT + ",Zhang\n" + ADULT_2 + ",Li\n";

    static Stream<Arguments> consentsThatFallShort() {
        return Stream.of(
                Arguments.of("withdrawn", (Consumer<Listings.Consent>) c -> c.withdrawn = Instant.parse("2026-06-01T00:00:00Z"), "WITHDRAWN"),
                Arguments.of("expired", (Consumer<Listings.Consent>) c -> c.expires = Instant.parse("2026-01-01T00:00:00Z"), "EXPIRED"),
                Arguments.of("given later", (Consumer<Listings.Consent>) c -> c.given = Instant.parse("2027-01-01T00:00:00Z"), "NOT_YET_GIVEN"),
                Arguments.of("other purposes", (Consumer<Listings.Consent>) c -> c.purposes = Set.of(Purpose.MARKETING), "PURPOSE_NOT_COVERED"),
                Arguments.of("fewer categories", (Consumer<Listings.Consent>) c -> c.categories = Set.of(DataCategory.CONTACT), "CATEGORY_NOT_COVERED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consentsThatFallShort")
    void rejects_listing_when_a_subject_consent_falls_short(String name, Consumer<Listings.Consent> change, String gap) {
        ValidationReport report = Listings.validate(Listings.manifest().build(), CSV,
                Listings.ledger(Listings.consentFor(ADULT), Listings.consentFor(ADULT_2).with(change)));

        Finding finding = Listings.findingsOf(report, RuleId.CONSENT_PROVENANCE).get(0);
        assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(finding.evidence().counts()).containsEntry("uncovered", 1L).containsEntry(gap, 1L);
        assertThat(finding.evidence().sampleLines()).containsExactly(3L);
        assertThat(finding.remediation()).contains("1 subjects");
    }

    @Test
    void rejects_listing_when_a_subject_has_no_consent_record() {
        ValidationReport report = Listings.validate(Listings.manifest().build(), CSV, Listings.ledger(Listings.consentFor(ADULT)));

        assertThat(Listings.findingsOf(report, RuleId.CONSENT_PROVENANCE).get(0).evidence().counts())
                .containsEntry("NO_RECORD", 1L).containsEntry("covered", 1L);
    }

    @Test
    void passes_when_every_subject_has_consent_in_force() {
        ValidationReport report = Listings.validate(Listings.manifest().build(), CSV,
                Listings.ledger(Listings.consentFor(ADULT), Listings.consentFor(ADULT_2)));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(Listings.findingsOf(report, RuleId.CONSENT_PROVENANCE)).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void one_good_record_among_several_is_enough() {
        ValidationReport report = Listings.validate(Listings.manifest().build(), CSV, Listings.ledger(
                Listings.consentFor(ADULT), Listings.consentFor(ADULT_2).with(c -> c.withdrawn = Instant.parse("2026-01-01T00:00:00Z")),
                Listings.consentFor(ADULT_2)));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void rejects_rows_whose_subject_column_is_empty() {
        ValidationReport report = Listings.validate(Listings.manifest().build(), CSV + ",Anonymous\n",
                Listings.ledger(Listings.consentFor(ADULT), Listings.consentFor(ADULT_2)));

        Finding finding = Listings.findingsOf(report, RuleId.CONSENT_PROVENANCE).get(0);
        assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(finding.evidence().sampleLines()).containsExactly(4L);
    }

    @Test
    void rejects_personal_data_without_a_subject_column() {
        Listings.Manifest m = Listings.manifest();
        m.subject = null;

        ValidationReport report = Listings.validate(m.build(), "name\nZhang\n", Listings.ledger());

        assertThat(Listings.findingsOf(report, RuleId.CONSENT_PROVENANCE)).extracting(Finding::severity)
                .containsExactly(Severity.BLOCKING);
    }

    @Test
    void leaves_consent_to_the_anonymization_rule_when_anonymization_is_claimed() {
        Listings.Manifest m = Listings.manifest();
        m.anonymized = true;

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), CSV, Listings.ledger()), RuleId.CONSENT_PROVENANCE);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }
}
