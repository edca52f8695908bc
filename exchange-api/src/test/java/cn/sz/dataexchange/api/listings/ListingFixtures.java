package cn.sz.dataexchange.api.listings;

import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.support.Members;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Builds assets, consents and listings through the API, as a seller and administrators would. */
public final class ListingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private final WebTestClient http;

    public ListingFixtures(WebTestClient http) {
        this.http = http;
    }

    /** A valid 18-digit resident ID (GB 11643, ISO 7064 MOD 11-2 check character) of an adult born in 1985. */
    public static String residentId() {
        int n = SEQUENCE.incrementAndGet();
        String body = "440305" + "1985" + String.format("%02d", 1 + n % 12) + String.format("%02d", 1 + n % 28)
                + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    public static List<String> residentIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(residentId());
        }
        return ids;
    }

    /** A CSV of people keyed by resident ID, with a city and an amount. */
    public static byte[] peopleCsv(List<String> ids) {
        StringBuilder csv = new StringBuilder("resident_id,city,amount\n");
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(",Shenzhen,").append(100 + i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One consent line: express, third-party provision, credit assessment of identity documents. */
    public static String consentLine(String residentId) {
        return "{\"subject\":\"" + residentId + "\",\"subjectType\":\"RESIDENT_ID\",\"purposes\":[\"CREDIT_ASSESSMENT\","
                + "\"RISK_CONTROL\"],\"dataCategories\":[\"IDENTITY_DOCUMENT\"],\"thirdPartyDisclosure\":true,"
                + "\"express\":true,\"givenAt\":\"2025-01-01T00:00:00Z\",\"noticeVersion\":\"notice-v3\","
                + "\"evidence\":{\"receiptSha256\":\"" + sha256(residentId) + "\"}}";
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A manifest of identity-document data keyed by the resident_id column, offered for credit assessment. */
    public static Map<String, Object> identityManifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personalDataPresent", true);
        m.put("personalDataCategories", List.of("IDENTITY_DOCUMENT"));
        m.put("subjectColumn", Map.of("name", "resident_id", "form", "RAW_IDENTIFIER", "identifierKind", "RESIDENT_ID"));
        m.put("purposes", List.of("CREDIT_ASSESSMENT"));
        m.put("sources", List.of(Map.of("kind", "OWN_COLLECTION")));
        return m;
    }

    /** A manifest of data without personal data, from the given sources. */
    public static Map<String, Object> plainManifest(List<Map<String, Object>> sources) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personalDataPresent", false);
        m.put("purposes", List.of("STATISTICS"));
        m.put("sources", sources);
        return m;
    }

    public static Map<String, Object> listingBody(UUID assetId, String title, Map<String, Object> manifest, long priceFen) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Test product " + title);
        body.put("category", "finance");
        body.put("assetId", assetId.toString());
        body.put("manifest", manifest);
        body.put("priceFen", priceFen);
        body.put("licence", Map.of("permittedPurposes", manifest.get("purposes"), "durationDays", 365,
                "territory", List.of("CN"), "resaleAllowed", false, "destroyOnExpiry", true));
        return body;
    }

    public UUID upload(Members.Member seller, byte[] csv) {
        Map<?, ?> asset = http.post().uri("/api/v1/assets?sensitive=true").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) asset.get("id"));
    }

    public Map<?, ?> importConsents(Members.Member seller, List<String> lines) {
        return http.post().uri("/api/v1/consents").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(String.join("\n", lines) + "\n")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    public UUID createListing(Members.Member seller, Map<String, Object> body) {
        Map<?, ?> listing = http.post().uri("/api/v1/listings").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) listing.get("id"));
    }

    public Map<?, ?> listing(String token, UUID id) {
        return http.get().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    public void submit(Members.Member seller, UUID id) {
        http.post().uri("/api/v1/listings/{id}/submit", id).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isAccepted();
    }

    /** Waits for the listing's latest validation to finish and returns it (with the report). */
    public Map<?, ?> awaitValidation(String token, UUID id) {
        List<Map<?, ?>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Map<?, ?> v = http.get().uri("/api/v1/listings/{id}/validation", id).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            seen.add(0, v);
            return "SUCCEEDED".equals(v.get("state")) || "FAILED".equals(v.get("state"));
        });
        return seen.get(0);
    }

    public Map<?, ?> decide(String adminToken, UUID id, String decision, String reason, int expectedStatus) {
        return http.post().uri("/api/v1/listings/{id}/decisions", id).headers(h -> h.setBearerAuth(adminToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", decision, "reason", reason))
                .exchange().expectStatus().isEqualTo(expectedStatus).expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A listing of three consented subjects (identity documents, so sensitive) validated into PENDING_REVIEW. */
    public UUID pendingReview(Members.Member seller, String title, long priceFen) {
        List<String> ids = residentIds(3);
        importConsents(seller, ids.stream().map(ListingFixtures::consentLine).toList());
        UUID asset = upload(seller, peopleCsv(ids));
        UUID id = createListing(seller, listingBody(asset, title, identityManifest(), priceFen));
        submit(seller, id);
        awaitValidation(seller.token(), id);
        return id;
    }

    /** A product without personal data taken to LISTED by one administrator. */
    public UUID listedPlainProduct(Members.Member seller, String adminToken, String title, String category, long priceFen) {
        UUID asset = upload(seller, "district,households\nFutian,1200\nNanshan,1800\n".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> body = listingBody(asset, title, plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))),
                priceFen);
        body.put("category", category);
        UUID id = createListing(seller, body);
        submit(seller, id);
        awaitValidation(seller.token(), id);
        decide(adminToken, id, "APPROVE", "fine", 200);
        return id;
    }
}
