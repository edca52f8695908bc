package cn.sz.dataexchange.settlement.gateway.simulator;

import tools.jackson.databind.JsonNode;

/** Strict reading of JSON request fields: integers must be JSON integers, texts non-blank strings. */
final class RequestFields {

    private static final int MAX_TEXT = 128;

    private RequestFields() {
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (!node.isString() || node.stringValue().isBlank() || node.stringValue().length() > MAX_TEXT) {
            throw new InvalidRequest(field + " must be a non-blank string of at most " + MAX_TEXT + " characters");
        }
        return node.stringValue();
    }

    static String optionalText(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.stringValue().length() > 1_000) {
            throw new InvalidRequest(field + " must be a string of at most 1000 characters");
        }
        return node.stringValue();
    }

    static long nonNegativeLong(JsonNode body, String field, boolean required) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() && !required) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new InvalidRequest(field + " must be a non-negative JSON integer (fen)");
        }
        return node.longValue();
    }

    static long positiveLong(JsonNode body, String field) {
        long value = nonNegativeLong(body, field, true);
        if (value == 0) {
            throw new InvalidRequest(field + " must be positive");
        }
        return value;
    }

    static String currency(JsonNode body) {
        String currency = text(body, "currency");
        if (!"CNY".equals(currency)) {
            throw new InvalidRequest("currency must be CNY");
        }
        return currency;
    }

    static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequest("the body must be a JSON object");
        }
        return body;
    }
}
