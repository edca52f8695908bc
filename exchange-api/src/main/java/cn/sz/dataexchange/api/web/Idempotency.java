package cn.sz.dataexchange.api.web;

import cn.sz.dataexchange.api.shared.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for POSTs that create money-relevant things. The key, a hash of the
 * request and the response are stored in the same transaction as the command's own changes, so
 * either both happen or neither does. The same key with the same request replays the stored
 * response; with another request it is refused (422). A concurrent duplicate waits for the first
 * to commit and then replays it; a failed command stores nothing, so it can be retried.
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final JsonMapper json;
    private final JsonMapper canonical;

    public Idempotency(DatabaseClient db, TransactionalOperator tx, Clock clock, JsonMapper json) {
        this.db = db;
        this.tx = tx;
        this.clock = clock;
        this.json = json;
        this.canonical = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    }

    /**
     * Runs {@code command} once per {@code (scope, key)}. {@code scope} names the caller and the
     * operation, so two callers' keys never meet. A missing key is refused when {@code required}.
     */
    public Mono<ResponseEntity<?>> once(String scope, String key, boolean required, Object request,
                                        Supplier<Mono<? extends ResponseEntity<?>>> command) {
        if (key == null || key.isEmpty()) {
            if (required) {
                return Mono.error(Refusal.invalidField(HEADER, "header is required for this request").toException());
            }
            return Mono.defer(command).map(r -> (ResponseEntity<?>) r);
        }
        if (!KEY.matcher(key).matches()) {
            return Mono.error(Refusal.invalidField(HEADER, "must be 1 to 200 visible ASCII characters").toException());
        }
        String requestHash = hash(canonical.writeValueAsBytes(request == null ? Map.of() : request));
        Mono<ResponseEntity<?>> work = claim(scope, key, requestHash).flatMap(claimed -> claimed
                ? Mono.defer(command).flatMap(response -> store(scope, key, response))
                : replay(scope, key, requestHash));
        return tx.transactional(work);
    }

    private Mono<Boolean> claim(String scope, String key, String requestHash) {
        return db.sql("""
                        INSERT INTO idempotency_records (scope, idempotency_key, request_hash, created_at)
                        VALUES (:scope, :key, :hash, :at) ON CONFLICT DO NOTHING RETURNING 1 AS claimed""")
                .bind("scope", scope).bind("key", key).bind("hash", requestHash).bind("at", clock.instant())
                .map(row -> true).one().defaultIfEmpty(false);
    }

    private Mono<ResponseEntity<?>> store(String scope, String key, ResponseEntity<?> response) {
        String body = response.getBody() == null ? null : json.writeValueAsString(response.getBody());
        String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        UPDATE idempotency_records SET completed = true, response_status = :status,
                               response_body = :body, response_headers = :location, completed_at = :at
                        WHERE scope = :scope AND idempotency_key = :key""")
                .bind("status", response.getStatusCode().value()).bind("at", clock.instant())
                .bind("scope", scope).bind("key", key);
        spec = body == null ? spec.bindNull("body", String.class) : spec.bind("body", body);
        spec = location == null ? spec.bindNull("location", String.class) : spec.bind("location", location);
        return spec.then().thenReturn(response);
    }

    private Mono<ResponseEntity<?>> replay(String scope, String key, String requestHash) {
        return db.sql("""
                        SELECT request_hash, completed, response_status, response_body, response_headers
                        FROM idempotency_records WHERE scope = :scope AND idempotency_key = :key""")
                .bind("scope", scope).bind("key", key)
                .map(row -> {
                    if (!requestHash.equals(row.get("request_hash", String.class))) {
                        throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "idempotency-key-reused",
                                "Idempotency key reused", "This Idempotency-Key was used for a different request; "
                                        + "use a new key for a new request").toException();
                    }
                    if (!Boolean.TRUE.equals(row.get("completed", Boolean.class))) {
                        throw Refusal.of(Refusal.Reason.CONFLICT, "request-in-progress", "Request in progress",
                                "A request with this Idempotency-Key is still being processed").toException();
                    }
                    ResponseEntity.BodyBuilder builder = ResponseEntity
                            .status(row.get("response_status", Integer.class))
                            .header(REPLAYED_HEADER, "true");
                    String location = row.get("response_headers", String.class);
                    if (location != null) {
                        builder.header(HttpHeaders.LOCATION, location);
                    }
                    String body = row.get("response_body", String.class);
                    if (body == null) {
                        return (ResponseEntity<?>) builder.build();
                    }
                    return (ResponseEntity<?>) builder.contentType(MediaType.APPLICATION_JSON)
                            .body(body.getBytes(StandardCharsets.UTF_8));
                })
                .one();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
