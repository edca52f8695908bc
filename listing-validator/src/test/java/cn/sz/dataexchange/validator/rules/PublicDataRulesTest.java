package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.memory.InMemoryRestrictedFingerprints;
import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.CatalogEntry;
import cn.sz.dataexchange.validator.publicdata.Fingerprint;
import cn.sz.dataexchange.validator.publicdata.FingerprintScheme;
import cn.sz.dataexchange.validator.publicdata.OpenCategory;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.testdata.Listings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PublicDataRulesTest {

    private static final InMemoryPublicDataCatalog CATALOG = new InMemoryPublicDataCatalog(List.of(
            new CatalogEntry("SZ-OPEN-1", "Bus stops", OpenCategory.UNCONDITIONALLY_OPEN, null),
            new CatalogEntry("SZ-COND-1", "Enterprise registrations", OpenCategory.CONDITIONALLY_OPEN, "research only"),
            new CatalogEntry("SZ-NON-1", "Household registry", OpenCategory.NON_OPEN, null)));

    private static Listings.Manifest withoutPersonalData() {
        Listings.Manifest m = Listings.manifest();
        m.personal = false;
        m.subject = null;
        m.categories = Set.of();
        return m;
    }

    @ParameterizedTest(name = "{0} with authorisation ''{1}'' -> {2}")
    @CsvSource({
            "SZ-OPEN-1, '', INFO",
            "SZ-COND-1, '', BLOCKING",
            "SZ-COND-1, AUTH-2026-17, INFO",
            "SZ-NON-1, AUTH-2026-17, BLOCKING",
            "SZ-UNKNOWN, '', BLOCKING",
    })
    void public_data_sources_must_be_open_or_authorised(String entry, String authorisation, Severity expected) {
        Listings.Manifest m = withoutPersonalData();
        m.sources = List.of(DataSource.publicData(entry, authorisation.isEmpty() ? null : authorisation));

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), "stop\nA\n", Listings.ledger(), CATALOG,
                RestrictedFingerprints.NONE, ValidatorConfig.defaults()), RuleId.PUBLIC_DATA_SOURCE);

        assertThat(findings).extracting(Finding::severity).containsExactly(expected);
    }

    @Test
    void rejects_rows_that_match_fingerprints_of_non_open_data_even_when_undeclared() throws Exception {
        byte[] key = "authority-key-0001".getBytes(StandardCharsets.UTF_8);
        FingerprintScheme scheme = new FingerprintScheme("SZ-NON-1", List.of("name", "district"), key);
        RestrictedFingerprints restricted = new InMemoryRestrictedFingerprints(Map.of(scheme,
                List.of(fingerprint(key, "Zhang\u001FNanshan"), fingerprint(key, "Wang\u001FFutian"))));
        String csv = "Name,District,score\nZhang, Nanshan ,1\nLi,Nanshan,2\nWang,Futian,3\n";

        Finding f = Listings.findingsOf(Listings.validate(withoutPersonalData().build(), csv, Listings.ledger(), CATALOG,
                restricted, ValidatorConfig.defaults()), RuleId.RESTRICTED_OVERLAP).get(0);

        assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(f.evidence().counts()).containsEntry("overlappingRows", 2L).containsEntry("rowsCompared", 3L);
        assertThat(f.evidence().sampleLines()).containsExactly(2L, 4L);
    }

    @Test
    void says_which_restricted_dataset_could_not_be_compared_for_lack_of_columns() {
        FingerprintScheme scheme = new FingerprintScheme("SZ-NON-1", List.of("name", "district"), new byte[16]);
        RestrictedFingerprints restricted = new InMemoryRestrictedFingerprints(Map.of(scheme, List.of()));

        Finding f = Listings.findingsOf(Listings.validate(withoutPersonalData().build(), "name\nZhang\n", Listings.ledger(),
                CATALOG, restricted, ValidatorConfig.defaults()), RuleId.RESTRICTED_OVERLAP).get(0);

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.evidence().columns()).containsExactly("district");
    }

    private static Fingerprint fingerprint(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Fingerprint.fromBytes(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
