package cn.sz.dataexchange.api.statements;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statement and reconciliation routes are in the OpenAPI document with their schemas and problem responses. */
class StatementOpenApiTest extends IntegrationTest {

    @Test
    void statement_and_reconciliation_routes_are_documented_with_schemas_and_problems() {
        Map<String, Object> doc = map(http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody());
        Map<String, Object> paths = map(doc.get("paths"));
        assertThat(paths).containsKeys("/api/v1/statements/organisations/{orgId}",
                "/api/v1/statements/organisations/{orgId}/trades", "/api/v1/statements/organisations/{orgId}/trades/{tradeId}",
                "/api/v1/statements/organisations/{orgId}/lines", "/api/v1/statements/platform",
                "/api/v1/statements/platform/lines", "/api/v1/reconciliations", "/api/v1/reconciliations/{id}",
                "/api/v1/reconciliations/mismatches");
        Map<String, Object> responses = map(map(map(paths.get("/api/v1/statements/organisations/{orgId}/lines")).get("get"))
                .get("responses"));
        assertThat(responses).containsKeys("200", "400", "401", "403", "404");
        assertThat(map(map(responses.get("400")).get("content"))).containsKey("application/problem+json");
        assertThat(map(map(responses.get("200")).get("content"))).containsKey("text/csv");
        Map<String, Object> schemas = map(map(doc.get("components")).get("schemas"));
        assertThat(schemas).containsKeys("Problem", "Amount", "PeriodView", "LinePage", "OrganisationStatementView",
                "PlatformStatementView", "TradeStatementView", "RunView", "MismatchView");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
