package cn.sz.dataexchange.api.web;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input never gets a 500: every case is a 4xx problem that says what is wrong and where. */
class BadInputTest extends IntegrationTest {

    private WebTestClient.BodyContentSpec register(String json, int status) {
        return http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentType("application/problem+json")
                .expectBody();
    }

    private static String body(String name, String code, String roles, String email) {
        return "{\"name\":" + name + ",\"creditCode\":" + code + ",\"roles\":" + roles + ",\"contactEmail\":" + email + "}";
    }

    @Test
    void malformed_json_is_a_400_naming_the_position() {
        register("{\"name\": \"x\",", 400)
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:malformed-json")
                .jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("line 1"));
    }

    @Test
    void an_unknown_field_is_a_400_naming_it() {
        register("{\"name\":\"x\",\"creditCode\":\"" + Members.randomCreditCode()
                + "\",\"roles\":[\"BUYER\"],\"contactEmail\":\"a@b.cn\",\"isAdmin\":true}", 400)
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:unknown-field")
                .jsonPath("$.errors[0].field").isEqualTo("isAdmin");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_the_field() {
        register(body("123", "\"" + Members.randomCreditCode() + "\"", "[\"BUYER\"]", "\"a@b.cn\""), 400)
                .jsonPath("$.errors[0].field").isEqualTo("name");
        register(body("\"x\"", "\"" + Members.randomCreditCode() + "\"", "\"BUYER\"", "\"a@b.cn\""), 400)
                .jsonPath("$.errors[0].field").isEqualTo("roles");
        register(body("\"x\"", "\"" + Members.randomCreditCode() + "\"", "[\"OWNER\"]", "\"a@b.cn\""), 400)
                .jsonPath("$.errors[0].field").isEqualTo("roles[0]");
    }

    @Test
    void missing_and_invalid_fields_are_all_named() {
        register("{\"name\":\"\",\"roles\":[],\"contactEmail\":\"not-an-email\"}", 400)
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'creditCode')]").exists()
                .jsonPath("$.errors[?(@.field == 'roles')]").exists()
                .jsonPath("$.errors[?(@.field == 'contactEmail')]").exists();
    }

    @Test
    void a_huge_body_is_a_413() {
        String huge = "{\"name\":\"" + "x".repeat(600_000) + "\"}";
        register(huge, 413).jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:payload-too-large");
    }

    @Test
    void a_wrong_content_type_is_a_415() {
        http.post().uri("/api/v1/orgs").contentType(MediaType.TEXT_PLAIN).bodyValue("name=x")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:unsupported-media-type");
    }

    @Test
    void an_empty_body_is_a_400() {
        http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void a_malformed_uuid_and_bad_paging_are_400s_naming_the_parameter() {
        String admin = members().adminToken();
        http.get().uri("/api/v1/orgs/12345").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
        http.get().uri("/api/v1/orgs?size=100000").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        http.get().uri("/api/v1/orgs?status=SLEEPING").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        http.get().uri("/api/v1/orgs?page=abc").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void unknown_paths_and_wrong_methods_are_problems_too() {
        String admin = members().adminToken();
        http.get().uri("/api/v1/nothing-here").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        http.delete().uri("/api/v1/orgs").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isEqualTo(405)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void a_bad_grant_and_bad_credentials_at_the_token_endpoint_are_problems() {
        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=password&username=a&password=b")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("unsupported_grant_type");
        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=nobody&client_secret=wrong")
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
    }

    @Test
    void a_private_key_offered_for_registration_is_refused_without_being_stored() throws Exception {
        Members.Member seller = members().seller();
        Map<String, Object> privateJwk = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .generate().toJSONObject();
        http.post().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", privateJwk))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("jwk");
        http.get().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        http.post().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", Map.of("kty", "RSA", "n", "x", "e", "AQAB")))
                .exchange().expectStatus().isBadRequest();
        http.post().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", List.of()))
                .exchange().expectStatus().isBadRequest();
    }
}
