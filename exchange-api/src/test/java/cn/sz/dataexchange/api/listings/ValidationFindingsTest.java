package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.model.ValidationFindings;
import cn.sz.dataexchange.validator.ListingValidator;
import cn.sz.dataexchange.validator.ValidationRequest;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.memory.InMemoryConsentLedger;
import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.SubjectColumn;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counts a reviewer sorts by are taken from real validation reports. */
class ValidationFindingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final SubjectKeyDerivation KEYS = new SubjectKeyDerivation("seller-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    @Test
    void counts_children_sensitive_and_undeclared_identifiers_from_the_report() {
        String csv = "id_no,note\n"
                + "11010519491231002X,\"call +86 138 1234 5678\"\n"
                + "440305201503010026,card 6222 0212 3456 7890 128\n";
        ListingManifest manifest = new ListingManifest("L-1", true, Set.of(DataCategory.IDENTITY_DOCUMENT, DataCategory.MINORS),
                new SubjectColumn("id_no", SubjectKeyForm.RAW_IDENTIFIER, SubjectIdentifierKind.RESIDENT_ID), null,
                List.of(), null, Set.of(Purpose.CREDIT_ASSESSMENT), List.of(), null, false, List.of());
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        for (String id : List.of("11010519491231002X", "440305201503010026")) {
            ledger.add(new ConsentRecord(KEYS.derive(SubjectIdentifierKind.RESIDENT_ID, id), Set.of(Purpose.CREDIT_ASSESSMENT),
                    Set.of(DataCategory.IDENTITY_DOCUMENT), true, true, true, Instant.parse("2025-01-01T00:00:00Z"),
                    null, null, "v1", null));
        }
        ValidationReport report = new ListingValidator(ledger, InMemoryPublicDataCatalog.empty(), RestrictedFingerprints.NONE,
                ValidatorConfig.defaults(), CLOCK).validate(new ValidationRequest(manifest,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), AssetFormat.CSV, KEYS));

        ValidationFindings found = ValidationFindings.of(report);

        assertThat(found.childrenFound()).isEqualTo(1);
        assertThat(found.sensitiveFound()).as("two resident IDs and a bank card").isEqualTo(3);
        assertThat(found.undeclaredIdentifiers()).as("the mobile (CONTACT) and the card (FINANCIAL_ACCOUNT)").isEqualTo(2);
        assertThat(found.recordsBelowK()).isZero();
        assertThat(found.publicDataOverlap()).isZero();
    }
}
