package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import cn.sz.dataexchange.api.support.Members;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Identity, tokens, audit and operations endpoints against every kind of caller. */
class AuthorizationMatrixTest extends AuthorizationMatrix {

    private String ownerPath() {
        return "/api/v1/orgs/" + owner.orgId();
    }

    @Override
    protected List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs", who -> new Call("/api/v1/orgs", Map.of(
                "name", "Applicant", "creditCode", Members.randomCreditCode(), "roles", List.of("BUYER"),
                "contactEmail", "x@applicant.example.cn")), expect(201, 201, 201, 201, 201)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs", who -> new Call("/api/v1/orgs", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs/{id}", who -> new Call(ownerPath(), null),
                expect(401, 200, 404, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/admission",
                who -> new Call("/api/v1/orgs/" + pendingOrg() + "/admission", Map.of("reason", "ok")),
                expect(401, 403, 403, 200, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/suspension",
                who -> new Call("/api/v1/orgs/" + pendingOrg() + "/suspension", Map.of("reason", "checks failed")),
                expect(401, 403, 403, 200, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/clients",
                who -> new Call(ownerPath() + "/clients", Map.of("label", "batch jobs")), expect(401, 201, 404, 403, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs/{id}/clients", who -> new Call(ownerPath() + "/clients", null),
                expect(401, 200, 404, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/clients/{clientId}/revocation",
                who -> new Call(ownerPath() + "/clients/" + freshClient() + "/revocation", null),
                expect(401, 204, 404, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/keys",
                who -> new Call(ownerPath() + "/keys", Map.of("jwk", publicJwk())), expect(401, 201, 404, 403, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/orgs/{id}/keys", who -> new Call(ownerPath() + "/keys", null),
                expect(401, 200, 404, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/orgs/{id}/keys/{kid}/revocation",
                who -> new Call(ownerPath() + "/keys/" + freshKey() + "/revocation", Map.of("reason", "rotated")),
                expect(401, 200, 404, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/platform/clients",
                who -> new Call("/api/v1/platform/clients", Map.of("role", "REGULATOR")), expect(401, 403, 403, 201, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/admin/token-keys/rotation",
                who -> new Call("/api/v1/admin/token-keys/rotation", null), expect(401, 403, 403, 202, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/events", who -> new Call("/api/v1/audit/events", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/verification",
                who -> new Call("/api/v1/audit/verification?stream=organisation:" + owner.orgId(), null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/checkpoints", who -> new Call("/api/v1/audit/checkpoints", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/checkpoints/{id}",
                who -> new Call("/api/v1/audit/checkpoints/999999999", null), expect(401, 403, 403, 404, 404)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/audit/checkpoints/verification",
                who -> new Call("/api/v1/audit/checkpoints/verification?after=0&limit=1", null),
                expect(401, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/admin/audit/checkpoints",
                who -> {
                    pendingOrg(); // a new stream, so the admin's checkpoint has a head to anchor (201, not 204)
                    return new Call("/api/v1/admin/audit/checkpoints", null);
                }, expect(401, 403, 403, 201, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/notifications", who -> new Call("/api/v1/notifications", null),
                expect(401, 200, 200, 403, 403)));
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
}
