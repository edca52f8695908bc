package cn.sz.dataexchange.api.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every cases endpoint is in the OpenAPI document with its request and response schemas and its refusals. */
class EnforcementOpenApiTest extends IntegrationTest {

    @Test
    void the_cases_endpoints_are_documented_with_schemas_and_error_responses() {
        Map<?, ?> doc = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        Map<?, ?> paths = (Map<?, ?>) doc.get("paths");
        assertThat(keys(paths)).contains("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/events",
                "/api/v1/cases/{id}/decision", "/api/v1/cases/{id}/correction-order", "/api/v1/cases/{id}/dismissal",
                "/api/v1/cases/{id}/statements", "/api/v1/cases/complaints", "/api/v1/cases/complaints/{id}/case",
                "/api/v1/cases/detection-runs", "/api/v1/cases/detection-runs/{id}");

        Map<?, ?> decide = (Map<?, ?>) ((Map<?, ?>) paths.get("/api/v1/cases/{id}/decision")).get("post");
        assertThat(String.valueOf(decide.get("requestBody"))).contains("DecisionRequest");
        Map<?, ?> responses = (Map<?, ?>) decide.get("responses");
        assertThat(keys(responses)).contains("200", "400", "401", "403", "404", "409", "422");
        assertThat(String.valueOf(responses.get("200"))).contains("DecidedView");
        assertThat(String.valueOf(responses.get("422"))).contains("fine-outside-statutory-range", "turnover-required");

        Map<?, ?> open = (Map<?, ?>) ((Map<?, ?>) paths.get("/api/v1/cases")).get("post");
        assertThat(String.valueOf(open.get("requestBody"))).contains("OpenCaseRequest");
        assertThat(keys((Map<?, ?>) open.get("responses"))).contains("201", "400", "403", "409");
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) doc.get("components")).get("schemas");
        assertThat(keys(schemas)).contains("CaseView", "CasePage", "CaseEventView", "DecisionRequest", "DecisionView",
                "ComplaintRequest", "ComplaintView", "RunView", "RunWithFindingsView");
    }

    private static java.util.List<String> keys(Map<?, ?> map) {
        return map.keySet().stream().map(String::valueOf).toList();
    }
}
