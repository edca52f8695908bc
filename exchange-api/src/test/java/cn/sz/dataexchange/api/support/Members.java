package cn.sz.dataexchange.api.support;

import cn.sz.dataexchange.api.identity.model.CreditCode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Test helper that creates members and tokens through the public API, as a user would. */
public final class Members {

    /** The bootstrap administrator's token, shared by all tests until it nears expiry on {@link #clock}. */
    private static volatile String adminToken;
    private static volatile java.time.Instant adminTokenExpiry = java.time.Instant.MIN;

    private final WebTestClient http;
    private final java.time.Clock clock;

    public Members(WebTestClient http) {
        this(http, java.time.Clock.systemUTC());
    }

    public Members(WebTestClient http, java.time.Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** A registered, admitted organisation with a token for its first client. */
    public record Member(UUID orgId, String clientId, String clientSecret, String token, String creditCode) {
    }

    public static String randomCreditCode() {
        StringBuilder code = new StringBuilder("91440300");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return code.append(CreditCode.checkCharacter(code)).toString();
    }

    /**
     * A token of the bootstrap administrator. It is reused while it has more than a minute to run,
     * so the suite stays within the administrator client's token rate limit.
     */
    public String adminToken() {
        if (adminToken == null || !clock.instant().isBefore(adminTokenExpiry.minusSeconds(60))) {
            String token = token(IntegrationTest.ADMIN_CLIENT, IntegrationTest.ADMIN_SECRET);
            try {
                adminTokenExpiry = com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime()
                        .toInstant();
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
            adminToken = token;
        }
        return adminToken;
    }

    public String token(String clientId, String secret) {
        Map<?, ?> body = http.post().uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", clientId).with("client_secret", secret))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("access_token");
    }

    /** Registers an organisation and returns the raw registration response. */
    public Map<?, ?> register(String name, List<String> roles) {
        return http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "creditCode", randomCreditCode(), "roles", roles,
                        "contactEmail", "compliance@" + UUID.randomUUID().toString().substring(0, 8) + ".example.cn"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    public void admit(UUID orgId) {
        http.post().uri("/api/v1/orgs/{id}/admission", orgId)
                .headers(h -> h.setBearerAuth(adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "documents checked"))
                .exchange()
                .expectStatus().isOk();
    }

    public Member admitted(String name, String... roles) {
        Map<?, ?> registration = register(name, List.of(roles));
        UUID id = UUID.fromString((String) registration.get("id"));
        admit(id);
        String clientId = (String) registration.get("clientId");
        String secret = (String) registration.get("clientSecret");
        return new Member(id, clientId, secret, token(clientId, secret), (String) registration.get("creditCode"));
    }

    public Member seller() {
        return admitted("Seller " + UUID.randomUUID().toString().substring(0, 6), "SELLER");
    }

    public Member buyer() {
        return admitted("Buyer " + UUID.randomUUID().toString().substring(0, 6), "BUYER");
    }

    /** A platform client of the given role, issued by the bootstrap administrator. */
    public String platformToken(String role) {
        Map<?, ?> issued = http.post().uri("/api/v1/platform/clients")
                .headers(h -> h.setBearerAuth(adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", role, "label", "test " + role))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return token((String) issued.get("clientId"), (String) issued.get("clientSecret"));
    }
}
