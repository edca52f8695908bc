package cn.sz.dataexchange.api.publicdata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.ListingFixtures;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/** The public-data authority's catalog and fingerprints, and what the validator makes of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicDataTest extends IntegrationTest {

    private ListingFixtures fixtures;
    private Members.Member seller;
    private String admin;

    @BeforeAll
    void createMembers() {
        fixtures = new ListingFixtures(http);
        seller = members().seller();
        admin = members().adminToken();
    }

    @Test
    void catalog_entries_are_created_or_replaced_by_id_and_read_by_members() {
        String id = "pd-" + UUID.randomUUID().toString().substring(0, 8);
        Map<?, ?> first = importEntries(List.of(entry(id, "CONDITIONAL", "research use only"), entry(id + "-b", "UNCONDITIONAL", null)));
        assertThat(first).isEqualTo(Map.of("created", 2, "updated", 0));
        Map<?, ?> again = importEntries(List.of(entry(id, "NON_OPEN", null)));
        assertThat(again).isEqualTo(Map.of("created", 0, "updated", 1));

        http.get().uri("/api/v1/public-data/catalog?openCategory=NON_OPEN&size=200").headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + id + "')].openCategory").isEqualTo("NON_OPEN")
                .jsonPath("$.items[?(@.id == '" + id + "-b')]").doesNotExist();
        http.post().uri("/api/v1/public-data/catalog").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("entries", List.of(entry(id, "SOMETIMES", null))))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").value(
                        f -> assertThat((String) f).contains("openCategory"));
    }

    @Test
    void a_conditionally_open_source_needs_an_authorisation_reference() {
        String id = "pd-cond-" + UUID.randomUUID().toString().substring(0, 8);
        importEntries(List.of(entry(id, "CONDITIONAL", "research use only")));
        UUID asset = fixtures.upload(seller, "district,rainfall\nFutian,12\n".getBytes(StandardCharsets.UTF_8));

        UUID without = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Rainfall",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "PUBLIC_DATA", "catalogEntryId", id))), 100));
        fixtures.submit(seller, without);
        assertThat(fixtures.awaitValidation(seller.token(), without).get("verdict")).isEqualTo("REJECT");

        UUID with = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Rainfall",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "PUBLIC_DATA", "catalogEntryId", id,
                        "authorisationRef", "SZ-PDA-2026-0042"))), 100));
        fixtures.submit(seller, with);
        assertThat(fixtures.awaitValidation(seller.token(), with).get("verdict")).isEqualTo("PASS");
    }

    @Test
    void rows_matching_fingerprints_of_a_non_open_dataset_are_refused_even_when_undeclared() throws Exception {
        String dataset = "household-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] key = HexFormat.of().parseHex("8899aabbccddeeff0011223344556677");
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("datasetId", dataset);
        file.put("fields", List.of("household_no", "street"));
        file.put("keyHex", HexFormat.of().formatHex(key));
        file.put("fingerprints", List.of(fingerprint(key, "HH-000981", "Shennan Road 12"),
                fingerprint(key, "HH-000982", "Binhe Road 3")));
        http.post().uri("/api/v1/public-data/fingerprints").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("datasets", List.of(file)))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.fingerprintsByDataset['" + dataset + "']").isEqualTo(2);

        UUID asset = fixtures.upload(seller, ("household_no,street,size\nHH-000100,Other Road 1,3\n"
                + "HH-000981, Shennan Road 12 ,4\nHH-000200,Other Road 2,2\n").getBytes(StandardCharsets.UTF_8));
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Households",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))), 100));
        fixtures.submit(seller, id);
        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);

        assertThat(validation.get("verdict")).isEqualTo("REJECT");
        List<?> findings = (List<?>) ((Map<?, ?>) validation.get("report")).get("findings");
        Map<?, ?> overlap = findings.stream().map(f -> (Map<?, ?>) f)
                .filter(f -> "LV-PUBLIC-02".equals(f.get("ruleId")) && "BLOCKING".equals(f.get("severity")))
                .findFirst().orElseThrow();
        assertThat(((Map<?, ?>) ((Map<?, ?>) overlap.get("evidence")).get("counts")).get("overlappingRows")).isEqualTo(1);
        assertThat(((Map<?, ?>) overlap.get("evidence")).get("sampleLines")).isEqualTo(List.of(3));
    }

    private static String fingerprint(byte[] key, String... values) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(String.join("\u001F", values).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> entry(String id, String category, String conditions) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("title", "Dataset " + id);
        e.put("providingAgency", "Shenzhen Municipal Government Data Bureau");
        e.put("openCategory", category);
        if (conditions != null) {
            e.put("conditions", conditions);
        }
        return e;
    }

    private Map<?, ?> importEntries(List<Map<String, Object>> entries) {
        return http.post().uri("/api/v1/public-data/catalog").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("entries", entries))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
