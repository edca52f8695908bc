package cn.sz.dataexchange.settlement.gateway.simulator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's one JSON mapper (Jackson 3). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

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
