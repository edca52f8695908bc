package cn.sz.dataexchange.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.ListingFixtures;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Input built to break the service: NUL characters, malformed encodings, duplicate keys, lying
 * lengths, impossible ranges, paths the firewall refuses. Each is a 4xx problem naming what is
 * wrong, answered at once, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends IntegrationTest {

    @Value("${local.server.port}")
    int port;

    private Members.Member seller;
    private ListingFixtures listings;
    private String admin;

    @BeforeAll
    void callers() {
        seller = members().seller();
        listings = new ListingFixtures(http);
        admin = members().adminToken();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }

    private WebTestClient.ResponseSpec postJson(String path, String token, String json) {
        return http.post().uri(path).headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    @Test
    void a_nul_in_a_json_string_is_a_400_naming_the_field() {
        UUID asset = listings.upload(seller, ListingFixtures.peopleCsv(ListingFixtures.residentIds(3)));
        String listing = "{\"title\":\"Shenzhen \\u0000 people\",\"category\":\"finance\"}";
        problem(postJson("/api/v1/listings", seller.token(), listing), 400)
                .jsonPath("$.errors[0].field").isEqualTo("title")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("NUL"));

        UUID draft = listings.createListing(seller, ListingFixtures.listingBody(asset, "Plain title",
                ListingFixtures.identityManifest(), 10_000));
        problem(http.patch().uri("/api/v1/listings/{id}", draft).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.set(HttpHeaders.IF_MATCH, "*");
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"description\":\"line one\\u0000\"}").exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("description");

        problem(postJson("/api/v1/orgs/" + seller.orgId() + "/clients", seller.token(), "{\"label\":\"batch\\u0000\"}"), 400)
                .jsonPath("$.errors[0].field").isEqualTo("label");
        problem(postJson("/api/v1/public-data/catalog", admin,
                "{\"entries\":[{\"id\":\"ds-1\",\"title\":\"Bus \\u0000 routes\"}]}"), 400)
                .jsonPath("$.errors[0].field").isEqualTo("entries[0].title");
        problem(postJson("/api/v1/orgs", null, "{\"name\":\"x\",\"creditCode\":\"" + Members.randomCreditCode()
                + "\",\"roles\":[\"BUYER\"],\"contactEmail\":\"a@b.cn\",\"extra\\u0000\":1}"), 400);
    }

    @Test
    void a_nul_in_a_query_parameter_is_a_400_naming_it() {
        problem(http.get().uri(java.net.URI.create(base() + "/api/v1/catalog?category=fin%00ance")).headers(h -> h.setBearerAuth(seller.token()))
                .exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("category");
        problem(http.get().uri(java.net.URI.create(base() + "/api/v1/audit/verification?stream=organisation%00x")).headers(h -> h.setBearerAuth(admin))
                .exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("stream");
    }

    @Test
    void the_token_endpoint_refuses_a_nul_and_broken_percent_encoding_as_400() {
        problem(http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=a%00b&client_secret=x").exchange(), 400)
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("client_id"));
        problem(http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=%zz&client_secret=x").exchange(), 400)
                .jsonPath("$.error").isEqualTo("invalid_request");
    }

    @Test
    void a_range_beyond_the_asset_is_a_416_with_its_size() {
        byte[] csv = ListingFixtures.peopleCsv(ListingFixtures.residentIds(2));
        UUID asset = listings.upload(seller, csv);
        problem(http.get().uri("/api/v1/assets/{id}/content", asset).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.set(HttpHeaders.RANGE, "bytes=999999999-");
                }).exchange(), 416)
                .jsonPath("$.size").isEqualTo(csv.length);
        http.get().uri("/api/v1/assets/{id}/content", asset).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.set(HttpHeaders.RANGE, "bytes=999999999-");
                }).exchange().expectHeader().valueEquals(HttpHeaders.CONTENT_RANGE, "bytes */" + csv.length);
        http.get().uri("/api/v1/assets/{id}/content", asset).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.set(HttpHeaders.RANGE, "bytes=0-9");
                }).exchange().expectStatus().isEqualTo(206).expectBody().consumeWith(r ->
                        assertThat(r.getResponseBody()).hasSize(10));
    }

    @Test
    void a_head_of_an_asset_gives_its_headers_without_its_content() {
        byte[] csv = ListingFixtures.peopleCsv(ListingFixtures.residentIds(2));
        UUID asset = listings.upload(seller, csv);
        http.head().uri("/api/v1/assets/{id}/content", asset).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk()
                .expectHeader().contentLength(csv.length)
                .expectBody().isEmpty();
    }

    @Test
    void duplicate_keys_are_a_400_naming_the_key() {
        problem(postJson("/api/v1/orgs", null, "{\"name\":\"A\",\"name\":\"B\",\"creditCode\":\""
                + Members.randomCreditCode() + "\",\"roles\":[\"BUYER\"],\"contactEmail\":\"a@b.cn\"}"), 400)
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:duplicate-key")
                .jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void overlong_utf8_is_a_400_not_a_slash() {
        byte[] prefix = "{\"name\":\"x".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = ("y\",\"creditCode\":\"" + Members.randomCreditCode()
                + "\",\"roles\":[\"BUYER\"],\"contactEmail\":\"a@b.cn\"}").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC0;
        body[prefix.length + 1] = (byte) 0xAF;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        problem(http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 400)
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:malformed-utf8");
    }

    @Test
    void a_csv_header_with_a_nul_byte_is_refused_as_unreadable() {
        byte[] csv = "resident\0id,name\n110105194912310025,Li\n".getBytes(StandardCharsets.UTF_8);
        problem(http.post().uri("/api/v1/assets").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange(), 422)
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("NUL"));
    }

    @Test
    void an_upload_declaring_more_than_the_limit_is_a_413_at_once_without_100_continue() throws IOException {
        String head = "POST /api/v1/assets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + seller.token()
                + "\r\nContent-Type: text/csv\r\nContent-Length: 32212254720\r\nExpect: 100-continue\r\n\r\n";
        String response = exchangeRaw(head.getBytes(StandardCharsets.US_ASCII), "id,name\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).doesNotContain("100 Continue");
        assertThat(response).contains("application/problem+json").contains("payload-too-large");
    }

    @Test
    void a_json_body_declared_over_its_limit_is_a_413_at_once() throws IOException {
        String head = "POST /api/v1/orgs HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 10000000\r\n\r\n";
        String response = exchangeRaw(head.getBytes(StandardCharsets.US_ASCII), "{\"name\":".getBytes(StandardCharsets.US_ASCII));
        assertThat(response).startsWith("HTTP/1.1 413");
    }

    @Test
    void the_firewall_refuses_with_a_problem() throws IOException {
        String head = "GET /api/v1/orgs/..%2F..%2Fadmin HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
                + "\r\nConnection: close\r\n\r\n";
        String response = exchangeRaw(head.getBytes(StandardCharsets.US_ASCII), new byte[0]);
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("rejected-request");
    }

    /**
     * Sends {@code head} and {@code body} on a raw connection and reads what comes back within five
     * seconds: a server that waited for the rest of a declared body would answer nothing.
     */
    private String exchangeRaw(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    received.write(buffer, 0, n);
                    String text = received.toString(StandardCharsets.UTF_8);
                    int end = text.indexOf("\r\n\r\n");
                    if (end >= 0 && text.contains("}")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // whatever arrived is judged below
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
