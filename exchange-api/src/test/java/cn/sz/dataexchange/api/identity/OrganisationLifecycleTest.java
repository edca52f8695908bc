package cn.sz.dataexchange.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

class OrganisationLifecycleTest extends IntegrationTest {

    @Test
    void a_registered_organisation_gets_no_token_until_an_admin_admits_it() {
        Members members = members();
        Map<?, ?> registration = members.register("Qianhai Data Co.", List.of("SELLER", "BUYER"));
        assertThat(registration.get("status")).isEqualTo("PENDING");
        assertThat((String) registration.get("clientSecret")).hasSizeGreaterThan(30);
        String clientId = (String) registration.get("clientId");
        String secret = (String) registration.get("clientSecret");

        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", clientId).with("client_secret", secret))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:organisation-not-admitted")
                .jsonPath("$.error").isEqualTo("unauthorized_client");

        UUID id = UUID.fromString((String) registration.get("id"));
        members.admit(id);
        String token = members.token(clientId, secret);

        http.get().uri("/api/v1/orgs/{id}", id).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ADMITTED")
                .jsonPath("$.statusReason").isEqualTo("documents checked");
    }

    @Test
    void a_suspended_organisation_can_do_nothing_even_with_a_token_it_already_holds() {
        Members members = members();
        Members.Member seller = members.seller();
        http.post().uri("/api/v1/orgs/{id}/suspension", seller.orgId())
                .headers(h -> h.setBearerAuth(members.adminToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "unpaid membership fee"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUSPENDED");

        http.get().uri("/api/v1/orgs/{id}", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:organisation-not-admitted");

        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", seller.clientId()).with("client_secret", seller.clientSecret()))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void admitting_an_admitted_organisation_is_an_illegal_transition_naming_the_current_status() {
        Members members = members();
        Members.Member buyer = members.buyer();
        http.post().uri("/api/v1/orgs/{id}/admission", buyer.orgId())
                .headers(h -> h.setBearerAuth(members.adminToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "again"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:illegal-transition")
                .jsonPath("$.currentStatus").isEqualTo("ADMITTED");
    }

    @Test
    void a_credit_code_registers_once() {
        String code = Members.randomCreditCode();
        Map<String, Object> body = Map.of("name", "First", "creditCode", code, "roles", List.of("BUYER"),
                "contactEmail", "a@first.example.cn");
        http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated();
        http.post().uri("/api/v1/orgs").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:credit-code-registered");
    }

    @Test
    void admins_list_organisations_by_status_page_by_page() {
        Members members = members();
        members.register("Pending One", List.of("BUYER"));
        members.register("Pending Two", List.of("BUYER"));
        http.get().uri("/api/v1/orgs?status=PENDING&size=1&page=0")
                .headers(h -> h.setBearerAuth(members.adminToken()))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].status").isEqualTo("PENDING")
                .jsonPath("$.size").isEqualTo(1)
                .jsonPath("$.totalItems").value(n -> assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(2));
    }
}
