package cn.sz.dataexchange.api.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a command was not carried out: a business outcome, not a bug. The HTTP edge turns it into
 * an RFC 9457 problem; {@code type} is a stable slug, {@code detail} is for people.
 */
public record Refusal(Reason reason, String type, String title, String detail, Map<String, Object> properties) {

    /** The kind of refusal, which decides the HTTP status at the edge. */
    public enum Reason {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409),
        GONE(410), PRECONDITION_FAILED(412), PAYLOAD_TOO_LARGE(413), RANGE_NOT_SATISFIABLE(416), UNPROCESSABLE(422), TOO_MANY_REQUESTS(429), UNAVAILABLE(503);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(type, "type");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
    }

    public static Refusal of(Reason reason, String type, String title, String detail) {
        return new Refusal(reason, type, title, detail, Map.of());
    }

    public static Refusal notFound(String what, Object id) {
        return of(Reason.NOT_FOUND, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static Refusal forbidden(String detail) {
        return of(Reason.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static Refusal invalidField(String field, String message) {
        return new Refusal(Reason.INVALID, "invalid-field", "Invalid field", field + ": " + message,
                Map.of("errors", java.util.List.of(Map.of("field", field, "message", message))));
    }

    /** A move a state machine does not allow from the current status. */
    public static Refusal illegalTransition(String what, Object currentStatus, String attempted) {
        return new Refusal(Reason.CONFLICT, "illegal-transition", "Illegal transition",
                what + " is " + currentStatus + "; " + attempted + " is not allowed from there",
                Map.of("currentStatus", String.valueOf(currentStatus)));
    }

    /** A concurrent change won: the caller's view is stale. */
    public static Refusal concurrentModification(String what) {
        return of(Reason.CONFLICT, "concurrent-modification", "Concurrent modification",
                what + " was changed by another request; read it again and retry");
    }

    public Refusal with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        copy.put(key, value);
        return new Refusal(reason, type, title, detail, copy);
    }

    public RefusalException toException() {
        return new RefusalException(this);
    }
}
