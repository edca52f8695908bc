package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint against every kind of caller: no token, the owning organisation, another
 * organisation, an administrator, a regulator. A route missing from the table fails the build,
 * so a new endpoint cannot ship without its row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

    enum Who { NONE, OWNER, OTHER, ADMIN, REGULATOR }

    /** One endpoint: how to call it for a caller, and the status each caller must get. */
    record Row(HttpMethod method, String route, Function<Who, Call> call, Map<Who, Integer> expected) {
    }

    /** A concrete request: path and optional JSON body. */
    record Call(String path, Object body) {
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Members members;
    Members.Member owner;
    Members.Member other;
    String adminToken;
    String regulatorToken;

    @BeforeAll
    void createCallers() {
        members = members();
        owner = members.admitted("Matrix Owner", "SELLER", "BUYER");
        other = members.buyer();
        adminToken = members.adminToken();
        regulatorToken = members.platformToken("REGULATOR");
    }

    private static Map<Who, Integer> expect(int none, int owner, int other, int admin, int regulator) {
        return Map.of(Who.NONE, none, Who.OWNER, owner, Who.OTHER, other, Who.ADMIN, admin, Who.REGULATOR, regulator);
    }

    private List<Row> rows() {
        String ownerPath = "/api/v1/orgs/" + owner.orgId();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs", who -> new Call("/api/v1/orgs", Map.of(
                "name", "Applicant", "creditCode", Members.randomCreditCode(), "roles", List.of("BUYER"),
                "contactEmail", "x@applicant.example.cn")), expect(201, 201, 201, 201, 201)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs", who -> new Call("/api/v1/orgs", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs/{id}", who -> new Call(ownerPath, null),
                expect(401, 200, 403, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/admission",
                who -> new Call("/api/v1/orgs/" + pendingOrg() + "/admission", Map.of("reason", "ok")),
                expect(401, 403, 403, 200, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/suspension",
                who -> new Call("/api/v1/orgs/" + pendingOrg() + "/suspension", Map.of("reason", "checks failed")),
                expect(401, 403, 403, 200, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/clients",
                who -> new Call(ownerPath + "/clients", Map.of("label", "batch jobs")), expect(401, 201, 403, 403, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs/{id}/clients", who -> new Call(ownerPath + "/clients", null),
                expect(401, 200, 403, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/clients/{clientId}/revocation",
                who -> new Call(ownerPath + "/clients/" + freshClient() + "/revocation", null),
                expect(401, 204, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/keys",
                who -> new Call(ownerPath + "/keys", Map.of("jwk", publicJwk())), expect(401, 201, 403, 403, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs/{id}/keys", who -> new Call(ownerPath + "/keys", null),
                expect(401, 200, 403, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/keys/{kid}/revocation",
                who -> new Call(ownerPath + "/keys/" + freshKey() + "/revocation", Map.of("reason", "rotated")),
                expect(401, 200, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/platform/clients",
                who -> new Call("/api/v1/platform/clients", Map.of("role", "REGULATOR")), expect(401, 403, 403, 201, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/admin/token-keys/rotation",
                who -> new Call("/api/v1/admin/token-keys/rotation", null), expect(401, 403, 403, 202, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/events", who -> new Call("/api/v1/audit/events", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/verification",
                who -> new Call("/api/v1/audit/verification?stream=organisation:" + owner.orgId(), null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/auth/token", who -> new Call("/api/v1/auth/token", null),
                expect(415, 415, 415, 415, 415)));
        rows.add(new Row(HttpMethod.GET, "/.well-known/jwks.json", who -> new Call("/.well-known/jwks.json", null),
                expect(200, 200, 200, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/actuator/health", who -> new Call("/actuator/health", null),
                expect(200, 200, 200, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/actuator/prometheus", who -> new Call("/actuator/prometheus", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/v3/api-docs", who -> new Call("/v3/api-docs", null),
                expect(200, 200, 200, 200, 200)));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_caller_as_the_table_says() {
        return rows().stream().flatMap(row -> row.expected().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(row.method() + " " + row.route() + " as " + e.getKey() + " -> "
                        + e.getValue(), () -> {
                    Call call = row.call().apply(e.getKey());
                    var spec = http.method(row.method()).uri(call.path())
                            .headers(h -> token(e.getKey()).ifPresent(h::setBearerAuth));
                    var exchange = call.body() == null ? spec.exchange()
                            : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(call.body()).exchange();
                    exchange.expectStatus().isEqualTo(e.getValue());
                })));
    }

    @Test
    void every_api_route_has_a_row_in_the_table() {
        Set<String> covered = new java.util.TreeSet<>();
        rows().forEach(r -> covered.add(r.method() + " " + r.route()));
        Set<String> routes = new java.util.TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(method + " " + pattern.getPatternString()))));
        routes.removeIf(r -> !r.contains("/api/") && !r.contains("/.well-known/"));
        assertThat(covered).containsAll(routes);
    }

    private java.util.Optional<String> token(Who who) {
        return java.util.Optional.ofNullable(switch (who) {
            case NONE -> null;
            case OWNER -> owner.token();
            case OTHER -> other.token();
            case ADMIN -> adminToken;
            case REGULATOR -> regulatorToken;
        });
    }

    private UUID pendingOrg() {
        return UUID.fromString((String) members.register("Applicant", List.of("BUYER")).get("id"));
    }

    private String freshClient() {
        Map<?, ?> issued = http.post().uri("/api/v1/orgs/{id}/clients", owner.orgId())
                .headers(h -> h.setBearerAuth(owner.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) issued.get("clientId");
    }

    private String freshKey() {
        Map<?, ?> key = http.post().uri("/api/v1/orgs/{id}/keys", owner.orgId())
                .headers(h -> h.setBearerAuth(owner.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", publicJwk()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) key.get("kid");
    }

    static Map<String, Object> publicJwk() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONObject();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
