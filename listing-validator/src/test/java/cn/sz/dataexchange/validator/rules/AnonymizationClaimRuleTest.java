package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.testdata.Listings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymizationClaimRuleTest {

    private static Listings.Manifest anonymized() {
        Listings.Manifest m = Listings.manifest();
        m.personal = false;
        m.anonymized = true;
        m.subject = null;
        m.categories = Set.of();
        m.quasiIdentifiers = List.of("age_band", "gender");
        return m;
    }

    private static String rows(int men, int women) {
        StringBuilder csv = new StringBuilder("age_band,gender,diagnosis\n");
        for (int i = 0; i < men; i++) {
            csv.append("30-39,M,d").append(i % 3).append('\n');
        }
        for (int i = 0; i < women; i++) {
            csv.append(" 30-39 ,F,d").append(i % 2).append('\n');
        }
        return csv.toString();
    }

    @ParameterizedTest(name = "{0} men, {1} women, k={2} -> {3}")
    @CsvSource({
            "5, 5, 5, INFO, 5",
            "6, 1, 5, BLOCKING, 1",
            "6, 4, 5, BLOCKING, 4",
            "6, 4, 4, INFO, 4",
    })
    void claims_of_anonymization_need_k_anonymity_over_the_quasi_identifiers(int men, int women, int k, Severity expected, long kMin) {
        List<Finding> findings = Listings.findingsOf(Listings.validate(anonymized().build(), rows(men, women), Listings.ledger(),
                InMemoryPublicDataCatalog.empty(), RestrictedFingerprints.NONE, ValidatorConfig.defaults().withKAnonymity(k)),
                RuleId.ANONYMIZATION_CLAIM);

        assertThat(findings).extracting(Finding::severity).containsExactly(expected);
        assertThat(findings.get(0).evidence().counts()).containsEntry("kMin", kMin);
    }

    @Test
    void reports_prosecutor_risk_and_the_records_at_risk() {
        Finding f = Listings.findingsOf(Listings.validate(anonymized().build(), rows(6, 1), Listings.ledger()),
                RuleId.ANONYMIZATION_CLAIM).get(0);

        assertThat(f.evidence().figures()).containsEntry("prosecutorRisk", "1.0000");
        assertThat(f.evidence().counts()).containsEntry("recordsAtRisk", 1L).containsEntry("classesBelowK", 1L);
        assertThat(f.evidence().sampleLines()).containsExactly(8L);
    }

    @Test
    void checks_l_diversity_on_a_declared_sensitive_column() {
        Listings.Manifest m = anonymized();
        m.sensitiveColumn = "diagnosis";
        String csv = "age_band,gender,diagnosis\n" + "30-39,M,flu\n".repeat(5) + "40-49,F,flu\n40-49,F,cold\n".repeat(3);

        Finding f = Listings.findingsOf(Listings.validate(m.build(), csv, Listings.ledger()), RuleId.ANONYMIZATION_CLAIM).get(0);

        assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(f.evidence().counts()).containsEntry("lMin", 1L).containsEntry("classesBelowL", 1L);
    }

    @Test
    void rejects_a_claim_of_anonymization_when_direct_identifiers_remain() {
        List<Finding> findings = Listings.findingsOf(Listings.validate(anonymized().build(),
                "age_band,gender,contact\n" + "30-39,M,13812345678\n".repeat(5), Listings.ledger()), RuleId.ANONYMIZATION_CLAIM);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.BLOCKING, Severity.INFO);
    }

    @Test
    void rejects_quasi_identifiers_the_asset_does_not_have() {
        Listings.Manifest m = anonymized();
        m.quasiIdentifiers = List.of("age_band", "district");

        assertThat(Listings.findingsOf(Listings.validate(m.build(), rows(5, 5), Listings.ledger()), RuleId.ANONYMIZATION_CLAIM))
                .extracting(Finding::severity).containsExactly(Severity.BLOCKING);
    }
}
