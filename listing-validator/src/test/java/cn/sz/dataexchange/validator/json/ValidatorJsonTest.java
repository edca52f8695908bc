package cn.sz.dataexchange.validator.json;

import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.testdata.Listings;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidatorJsonTest {

    static final String MANIFEST = """
            {
              "listingId": "L-2026-0001",
              "personalDataPresent": true,
              "personalDataCategories": ["IDENTITY_DOCUMENT", "CONTACT"],
              "subjectColumn": {"name": "id_no", "form": "RAW_IDENTIFIER", "identifierKind": "RESIDENT_ID"},
              "birthDateColumn": "birth_date",
              "quasiIdentifiers": ["age_band", "district"],
              "purposes": ["CREDIT_ASSESSMENT"],
              "sources": [{"kind": "OWN_COLLECTION"}, {"kind": "PUBLIC_DATA", "catalogEntryId": "SZ-OD-0042", "authorisationRef": "AUTH-7"}],
              "crossBorder": {"delivered": false},
              "anonymizedClaim": false,
              "contentTags": ["finance"]
            }
            """;

    @Test
    void reads_a_manifest_and_writes_it_back_unchanged() {
        ListingManifest m = ValidatorJson.readManifest(MANIFEST);

        assertThat(m.subjectColumn().form()).isEqualTo(SubjectKeyForm.RAW_IDENTIFIER);
        assertThat(m.personalDataCategories()).containsExactly(DataCategory.CONTACT, DataCategory.IDENTITY_DOCUMENT);
        assertThat(ValidatorJson.readManifest(ValidatorJson.writeManifest(m))).isEqualTo(m);
    }

    @Test
    void reads_the_collection_date_column() {
        ListingManifest m = ValidatorJson.readManifest("{\"listingId\":\"L\",\"birthDateColumn\":\"born\",\"collectionDateColumn\":\"collected_on\"}");

        assertThat(m.collectionDateColumn()).isEqualTo("collected_on");
        assertThat(m.birthDateColumn()).isEqualTo("born");
        assertThat(ValidatorJson.readManifest(ValidatorJson.writeManifest(m))).isEqualTo(m);
    }

    @Test
    void refuses_a_misspelt_manifest_field_with_its_position() {
        assertThatThrownBy(() -> ValidatorJson.readManifest("{\"listingId\":\"L\",\n\"anonymisedClaim\":true}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("anonymisedClaim").hasMessageContaining("line 2");
    }

    @Test
    void refuses_an_unknown_purpose() {
        assertThatThrownBy(() -> ValidatorJson.readManifest("{\"listingId\":\"L\",\"purposes\":[\"SPAM\"]}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SPAM");
    }

    @Test
    void refuses_a_manifest_without_listing_id() {
        assertThatThrownBy(() -> ValidatorJson.readManifest("{}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listingId");
    }

    @Test
    void a_stored_report_reads_back_equal_and_writes_back_byte_for_byte() {
        ValidationReport report = Listings.validate(Listings.manifest().build(), "id_no,phone\n" + ADULT + ",13812345678\n",
                Listings.ledger());
        String json = ValidatorJson.writeReport(report);

        ValidationReport back = ValidatorJson.readReport(json);

        assertThat(back).isEqualTo(report);
        assertThat(ValidatorJson.writeReport(back)).isEqualTo(json);
        assertThat(json).contains("\"ruleId\":\"LV-CONSENT-01\"").contains("\"severity\":\"BLOCKING\"")
                .doesNotContain(ADULT).doesNotContain("13812345678");
    }

    @Test
    void consent_records_carry_subject_keys_as_hex() {
        ConsentRecord record = Listings.consentFor(ADULT).build();

        String json = ValidatorJson.writeConsent(record);

        assertThat(json).contains("\"subjectKey\":\"" + record.subjectKey().toHex() + "\"");
        assertThat(ValidatorJson.readConsent(json)).isEqualTo(record);
    }

    @Test
    void the_same_listing_always_gives_the_same_report() {
        String csv = "id_no,phone,note\n" + ADULT + ",13812345678,\"a@b.cn\"\n" + Listings.ADULT_2 + ",,\n";
        List<String> runs = List.of(1, 2, 3).stream()
                .map(i -> ValidatorJson.writeReport(Listings.validate(Listings.manifest().build(), csv,
                        Listings.ledger(Listings.consentFor(ADULT).with(c -> c.purposes = java.util.Set.of(Purpose.MARKETING))))))
                .toList();

        assertThat(runs).containsOnly(runs.get(0));
    }
}
