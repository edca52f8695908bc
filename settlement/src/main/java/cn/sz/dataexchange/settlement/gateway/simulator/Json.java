package cn.sz.dataexchange.settlement.gateway.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's one JSON mapper (Jackson 3). */
final class Json {

    /** Missing numbers read as 0 (e.g. a partial {@code PUT /admin/faults}); null fields are left out of replies. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private Json() {
    }

    /** Reads a request body; an empty body reads as an empty object. */
    static JsonNode read(byte[] body) {
        if (body.length == 0) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException malformed) {
            throw new InvalidRequest("the body is not valid JSON: " + malformed.getOriginalMessage());
        }
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static byte[] bytes(JsonNode tree) {
        return MAPPER.writeValueAsBytes(tree);
    }
}
