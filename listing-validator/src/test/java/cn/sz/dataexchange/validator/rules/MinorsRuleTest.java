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
}
