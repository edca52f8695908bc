package cn.sz.dataexchange.api.web;

import cn.sz.dataexchange.api.shared.NoNulJson;
import cn.sz.dataexchange.api.shared.RefusalException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become problems. Bad input always maps to a 4xx that names the
 * field; anything unexpected is a 500 with an incident id and no internals.
 */
final class ProblemMapping {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapping.class);
    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("^Duplicate (?:Object )?(?:property|field) \"(.*)\"");

    private ProblemMapping() {
    }

    static Problem toProblem(Throwable error) {
        if (error instanceof RefusalException refusal) {
            return Problem.from(refusal.refusal());
        }
        if (error instanceof io.github.resilience4j.bulkhead.BulkheadFullException
                || error instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException) {
            return Problem.of(503, "temporarily-unavailable", "Temporarily unavailable",
                    "The exchange is busy or a dependency is down; retry shortly").withHeader("Retry-After", "5");
        }
        if (error instanceof WebExchangeBindException bind) {
            return Problem.invalidFields("invalid-field", "Invalid request", bind.getFieldErrors().stream()
                    .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                    .toList());
        }
        if (error instanceof HandlerMethodValidationException validation) {
            return Problem.invalidFields("invalid-field", "Invalid request", validation.getParameterValidationResults()
                    .stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(e -> Map.of(
                            "field", String.valueOf(r.getMethodParameter().getParameterName()),
                            "message", String.valueOf(e.getDefaultMessage()))))
                    .toList());
        }
        DataBufferLimitException tooLarge = find(error, DataBufferLimitException.class);
        if (tooLarge != null) {
            return Problem.of(413, "payload-too-large", "Payload too large",
                    "The request body exceeds the limit for this endpoint");
        }
        if (error instanceof UnsupportedMediaTypeStatusException media) {
            return Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Content type " + media.getContentType() + " is not supported; use "
                            + media.getSupportedMediaTypes());
        }
        if (error instanceof NotAcceptableStatusException) {
            return Problem.of(406, "not-acceptable", "Not acceptable", "Cannot produce the requested media type");
        }
        if (error instanceof MethodNotAllowedException method) {
            return Problem.of(405, "method-not-allowed", "Method not allowed",
                    method.getHttpMethod() + " is not allowed here; allowed: " + method.getSupportedMethods())
                    .withHeader("Allow", method.getSupportedMethods().stream().map(Object::toString).sorted()
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (error instanceof ServerWebInputException input) {
            return fromInput(input);
        }
        if (error instanceof AuthenticationException) {
            return Problem.of(401, "unauthenticated", "Unauthenticated", "A valid bearer token is required");
        }
        if (error instanceof AccessDeniedException) {
            return Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this request");
        }
        if (error instanceof ResponseStatusException status) {
            int code = status.getStatusCode().value();
            if (code < 500) {
                return Problem.of(code, code == 404 ? "not-found" : "request-error",
                        code == 404 ? "Not found" : "Request error",
                        code == 404 ? "No resource at this path" : status.getReason());
            }
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, error);
        return new Problem(500, "internal-error", "Internal error",
                "The exchange could not complete the request; quote incident " + incident,
                Map.of("incident", incident), new org.springframework.http.HttpHeaders());
    }

    private static Problem fromInput(ServerWebInputException input) {
        UnrecognizedPropertyException unknown = find(input, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String field = path(unknown);
            return Problem.invalidFields("unknown-field", "Unknown field",
                    List.of(Map.of("field", field, "message", "is not a known field")));
        }
        NoNulJson.NulCharacterException nul = find(input, NoNulJson.NulCharacterException.class);
        if (nul != null) {
            return Problem.invalidFields("invalid-field", "Invalid field",
                    List.of(Map.of("field", path(nul), "message", nul.getOriginalMessage())));
        }
        StrictJson.MalformedUtf8Exception utf8 = find(input, StrictJson.MalformedUtf8Exception.class);
        if (utf8 != null) {
            return Problem.of(400, "malformed-utf8", "Malformed UTF-8", utf8.getMessage());
        }
        MismatchedInputException mismatch = find(input, MismatchedInputException.class);
        if (mismatch != null) {
            String field = path(mismatch);
            String message = mismatch instanceof InvalidFormatException format
                    ? "value " + abbreviate(String.valueOf(format.getValue())) + " is not a valid "
                            + simpleName(format.getTargetType())
                    : "has the wrong type or is missing" + expected(mismatch);
            return Problem.invalidFields("invalid-field", "Invalid field", List.of(Map.of("field", field, "message", message)));
        }
        JacksonException malformed = find(input, JacksonException.class);
        if (malformed != null && malformed.getOriginalMessage() != null) {
            java.util.regex.Matcher duplicate = DUPLICATE.matcher(malformed.getOriginalMessage());
            if (duplicate.find()) {
                return Problem.invalidFields("duplicate-key", "Duplicate key", List.of(Map.of(
                        "field", duplicate.group(1), "message", "is given more than once in the same object")));
            }
        }
        if (malformed != null || find(input, DecodingException.class) != null) {
            return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON"
                    + (malformed != null && malformed.getLocation() != null
                    ? " (line " + malformed.getLocation().getLineNr() + ", column "
                    + malformed.getLocation().getColumnNr() + ")" : ""));
        }
        TypeMismatchException typeMismatch = find(input, TypeMismatchException.class);
        String parameter = input.getMethodParameter() != null ? input.getMethodParameter().getParameterName() : null;
        if (input instanceof MissingRequestValueException missing) {
            return Problem.invalidFields("invalid-field", "Missing value",
                    List.of(Map.of("field", missing.getName(), "message", "is required")));
        }
        if (typeMismatch != null) {
            String name = parameter != null ? parameter : String.valueOf(typeMismatch.getPropertyName());
            return Problem.invalidFields("invalid-field", "Invalid parameter", List.of(Map.of("field", name,
                    "message", "value " + abbreviate(String.valueOf(typeMismatch.getValue())) + " is not a valid "
                            + simpleName(typeMismatch.getRequiredType()))));
        }
        if (input.getReason() != null && input.getReason().contains("body is missing")) {
            return Problem.of(400, "missing-body", "Missing body", "A request body is required");
        }
        return Problem.of(400, "invalid-request", "Invalid request",
                parameter != null ? "Invalid value for " + parameter : input.getReason());
    }

    private static String expected(MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        return target == null ? "" : " (expected " + simpleName(target) + ")";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        return type.isEnum() ? "one of " + List.of(type.getEnumConstants()) : type.getSimpleName();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
