package cn.sz.dataexchange.api.reconciliation;

import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Reconciliation endpoints against every kind of caller: administrators start runs, platform staff read them. */
class ReconciliationAuthorizationMatrixTest extends AuthorizationMatrix {

    static final Map<String, String> QUIET_DAY = Map.of("from", "2025-01-01", "to", "2025-01-01");

    private String run;

    @BeforeAll
    void aRun() {
        Map<?, ?> created = http.post().uri("/api/v1/reconciliations").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(adminToken)).bodyValue(QUIET_DAY).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        run = (String) created.get("id");
    }

    @Override
    protected List<Row> rows() {
        var staff = expect(401, 403, 403, 200, 200, 403, 403);
        return List.of(
                new Row(HttpMethod.POST, "/api/v1/reconciliations", who -> new Call("/api/v1/reconciliations", QUIET_DAY),
                        expect(401, 403, 403, 201, 403, 403, 403)),
                new Row(HttpMethod.GET, "/api/v1/reconciliations", who -> new Call("/api/v1/reconciliations", null), staff),
                new Row(HttpMethod.GET, "/api/v1/reconciliations/{id}", who -> new Call("/api/v1/reconciliations/" + run, null),
                        staff),
                new Row(HttpMethod.GET, "/api/v1/reconciliations/mismatches",
                        who -> new Call("/api/v1/reconciliations/mismatches?run=" + run, null), staff));
    }
}
