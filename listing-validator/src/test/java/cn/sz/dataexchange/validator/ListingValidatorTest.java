package cn.sz.dataexchange.validator;

import cn.sz.dataexchange.validator.memory.InMemoryConsentLedger;
import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.model.Verdict;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.testdata.Listings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingValidatorTest {

    private final ListingValidator validator = new ListingValidator(Listings.ledger(Listings.consentFor(ADULT)),
            InMemoryPublicDataCatalog.empty(), RestrictedFingerprints.NONE, ValidatorConfig.defaults(), Listings.CLOCK);

    @Test
    void tells_the_listener_each_phase_in_order() {
        List<ValidationPhase> phases = new ArrayList<>();

        validator.validate(request("id_no\n" + ADULT + "\n", AssetFormat.CSV), p -> {
            if (phases.isEmpty() || phases.get(phases.size() - 1) != p.phase()) {
                phases.add(p.phase());
            }
        });

        assertThat(phases).containsExactly(ValidationPhase.READING_ASSET, ValidationPhase.CHECKING_REMAINING_CONSENTS,
                ValidationPhase.EVALUATING_RULES, ValidationPhase.DONE);
    }

    @Test
    void validates_json_lines_like_csv() {
        ValidationReport report = validator.validate(request("{\"id_no\":\"" + ADULT + "\"}\n", AssetFormat.JSON_LINES));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.asset().rows()).isEqualTo(1);
        assertThat(report.evaluatedAt()).isEqualTo(Listings.NOW);
    }

    @Test
    void asks_the_ledger_in_batches_not_one_subject_at_a_time() {
        InMemoryConsentLedger ledger = Listings.ledger();
        List<Integer> batches = new ArrayList<>();
        ListingValidator counting = new ListingValidator(keys -> {
            batches.add(keys.size());
            return ledger.findBySubjectKeys(keys);
        }, InMemoryPublicDataCatalog.empty(), RestrictedFingerprints.NONE, ValidatorConfig.defaults().withConsentBatchSize(3),
                Listings.CLOCK);
        StringBuilder csv = new StringBuilder("id_no\n");
        cn.sz.dataexchange.validator.testdata.IdentifierFactory ids = new cn.sz.dataexchange.validator.testdata.IdentifierFactory(5);
        for (int i = 0; i < 7; i++) {
            csv.append(ids.residentId()).append('\n');
        }

        counting.validate(request(csv.toString(), AssetFormat.CSV));

        assertThat(batches).containsExactly(3, 3, 1);
    }

    @Test
    void refuses_raw_identifiers_without_the_sellers_key_derivation() {
        assertThatThrownBy(() -> validator.validate(new ValidationRequest(Listings.manifest().build(),
                new ByteArrayInputStream("id_no\n".getBytes(StandardCharsets.UTF_8)), AssetFormat.CSV, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
    }

    private static ValidationRequest request(String data, AssetFormat format) {
        return new ValidationRequest(Listings.manifest().build(),
                new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), format, Listings.KEYS);
    }
}
