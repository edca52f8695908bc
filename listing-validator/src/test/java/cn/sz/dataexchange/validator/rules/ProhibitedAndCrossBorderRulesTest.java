package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.model.CrossBorderDelivery;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.testdata.Listings;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProhibitedAndCrossBorderRulesTest {

    private static final ValidatorConfig CONFIG = ValidatorConfig.defaults()
            .withImportantDataCatalog(Set.of("geo:high-res-survey"))
            .withProhibitedCategories(Set.of(DataCategory.CRIMINAL_RECORD));

    @ParameterizedTest(name = "tags {0}, category {1} -> {2}")
    @CsvSource({
            "weather, BASIC_PROFILE, 0",
            "state-secret, BASIC_PROFILE, 1",
            "geo:high-res-survey, BASIC_PROFILE, 1",
            "state-secret, CRIMINAL_RECORD, 2",
    })
    void prohibited_content_and_important_data_are_refused(String tag, DataCategory category, int blocking) {
        Listings.Manifest m = Listings.manifest();
        m.subject = null;
        m.categories = Set.of(category);
        m.tags = List.of(tag);

        List<Finding> findings = Listings.findingsOf(run(m), RuleId.PROHIBITED_DATA);

        assertThat(findings).hasSize(blocking).allMatch(Finding::blocks);
    }

    @ParameterizedTest(name = "abroad={0}, personal={1}, assessment=''{2}'' -> {3}")
    @CsvSource({
            "false, true, '', ''",
            "true, false, '', ''",
            "true, true, '', BLOCKING",
            "true, true, CAC-2026-0042, INFO",
    })
    void cross_border_delivery_of_personal_data_needs_a_security_assessment(boolean abroad, boolean personal,
                                                                            String assessment, String expected) {
        Listings.Manifest m = Listings.manifest();
        m.subject = null;
        m.personal = personal;
        m.categories = personal ? Set.of(DataCategory.BASIC_PROFILE) : Set.of();
        m.crossBorder = new CrossBorderDelivery(abroad, assessment.isEmpty() ? null : assessment);

        List<Finding> findings = Listings.findingsOf(run(m), RuleId.CROSS_BORDER);

        assertThat(findings).extracting(f -> f.severity().name())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    private static cn.sz.dataexchange.validator.model.ValidationReport run(Listings.Manifest m) {
        return Listings.validate(m.build(), "city,temp\nShenzhen,25\n", Listings.ledger(), InMemoryPublicDataCatalog.empty(),
                RestrictedFingerprints.NONE, CONFIG);
    }
}
