package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.testdata.Listings;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static org.assertj.core.api.Assertions.assertThat;

class UndeclaredPersonalDataRuleTest {

    @ParameterizedTest(name = "{0} in a column, declared {1} -> {2}")
    @CsvSource({
            "13812345678, CONTACT, INFO",
            "13812345678, BASIC_PROFILE, BLOCKING",
            "6222021234567890128, BASIC_PROFILE, BLOCKING",
            "6222021234567890128, FINANCIAL_ACCOUNT, INFO",
            "13812345670123, BASIC_PROFILE, ''",
    })
    void identifiers_must_belong_to_a_declared_category(String value, DataCategory declared, String expected) {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.IDENTITY_DOCUMENT, declared);
        m.subject = null;

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), "extra\n" + value + "\n", Listings.ledger()),
                RuleId.UNDECLARED_PERSONAL_DATA);

        assertThat(findings).extracting(f -> f.severity().name())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void rejects_identifiers_in_a_product_declared_to_hold_no_personal_data() {
        Listings.Manifest m = Listings.manifest();
        m.personal = false;
        m.subject = null;
        m.categories = Set.of();

        Finding f = Listings.findingsOf(Listings.validate(m.build(), "note\n\"call 13812345678\"\nnothing\n", Listings.ledger()),
                RuleId.UNDECLARED_PERSONAL_DATA).get(0);

        assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(f.evidence().columns()).containsExactly("note");
        assertThat(f.evidence().sampleLines()).containsExactly(2L);
        assertThat(f.evidence().maskedSamples()).containsExactly("138******78");
        assertThat(f.toString()).doesNotContain("13812345678");
    }

    @Test
    void credit_codes_are_reported_for_information_as_organisations() {
        Listings.Manifest m = Listings.manifest();
        m.personal = false;
        m.subject = null;

        var report = Listings.validate(m.build(), "company\n91350100M000100Y43\n", Listings.ledger());

        assertThat(Listings.findingsOf(report, RuleId.ORGANISATION_IDENTIFIERS)).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
        assertThat(Listings.findingsOf(report, RuleId.UNDECLARED_PERSONAL_DATA)).isEmpty();
    }

    @Test
    void the_subject_column_of_resident_ids_counts_as_declared_identity_data() {
        var report = Listings.validate(Listings.manifest().build(), "id_no\n" + ADULT + "\n",
                Listings.ledger(Listings.consentFor(ADULT)));

        assertThat(Listings.findingsOf(report, RuleId.UNDECLARED_PERSONAL_DATA)).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }
}
