package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.testdata.Listings;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static org.assertj.core.api.Assertions.assertThat;

class ExpressConsentRuleTest {

    @ParameterizedTest(name = "{0}, express={1} -> {2}")
    @CsvSource({
            "CONTACT, false, ''",
            "HEALTH, false, BLOCKING",
            "HEALTH, true, ''",
            "BIOMETRIC, false, BLOCKING",
            "BIOMETRIC, true, ''",
    })
    void sensitive_and_biometric_data_need_express_consent(DataCategory extra, boolean express, String expected) {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.IDENTITY_DOCUMENT, extra);
        m.categories = extra == DataCategory.CONTACT ? Set.of(DataCategory.CONTACT) : m.categories;
        m.subject = new cn.sz.dataexchange.validator.model.SubjectColumn("id_no",
                cn.sz.dataexchange.validator.model.SubjectKeyForm.RAW_IDENTIFIER,
                cn.sz.dataexchange.validator.model.SubjectIdentifierKind.RESIDENT_ID);
        String csv = "id_no,value\n" + ADULT + ",x\n";

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), csv,
                Listings.ledger(Listings.consentFor(ADULT).with(c -> c.express = express))), RuleId.EXPRESS_CONSENT);

        assertThat(findings).extracting(f -> f.severity().name()).containsExactlyElementsOf(
                expected.isEmpty() ? List.of() : List.of(expected));
        if (extra == DataCategory.BIOMETRIC && !findings.isEmpty()) {
            assertThat(findings.get(0).message()).contains("biometric");
        }
    }

    @org.junit.jupiter.api.Test
    void counts_every_subject_without_express_consent() {
        Listings.Manifest m = Listings.manifest();
        m.categories = Set.of(DataCategory.IDENTITY_DOCUMENT);
        String csv = "id_no\n" + ADULT + "\n" + Listings.ADULT_2 + "\n";

        Finding f = Listings.findingsOf(Listings.validate(m.build(), csv, Listings.ledger(
                Listings.consentFor(ADULT).with(c -> c.express = false),
                Listings.consentFor(Listings.ADULT_2).with(c -> c.express = false))), RuleId.EXPRESS_CONSENT).get(0);

        assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(f.evidence().counts()).containsEntry("subjectsWithoutExpressConsent", 2L);
        assertThat(f.evidence().sampleLines()).containsExactly(2L, 3L);
    }
}
