package cn.sz.dataexchange.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.api.shared.RefusalException;
import cn.sz.dataexchange.api.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The Idempotency-Key mechanism against the real database. */
class IdempotencyTest extends IntegrationTest {

    @Autowired
    Idempotency idempotency;

    private final AtomicInteger executions = new AtomicInteger();

    private Mono<? extends ResponseEntity<?>> command() {
        return Mono.fromSupplier(() -> ResponseEntity.status(201)
                .header("Location", "/things/1").body(Map.of("execution", executions.incrementAndGet())));
    }

    private ResponseEntity<?> once(String key, Object request) throws Exception {
        return idempotency.once("test:caller", key, true, request, this::command).toFuture().get();
    }

    @Test
    void the_same_key_and_request_runs_the_command_once_and_replays_its_response() throws Exception {
        String key = UUID.randomUUID().toString();
        ResponseEntity<?> first = once(key, Map.of("amount", 100, "currency", "CNY"));
        ResponseEntity<?> second = once(key, Map.of("currency", "CNY", "amount", 100));

        assertThat(executions).hasValue(1);
        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getHeaders().getFirst("Location")).isEqualTo("/things/1");
        assertThat(new String((byte[]) second.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"execution\":1}");
    }

    @Test
    void the_same_key_with_another_request_is_refused_with_422() throws Exception {
        String key = UUID.randomUUID().toString();
        once(key, Map.of("amount", 100));
        assertThatThrownBy(() -> once(key, Map.of("amount", 200)))
                .hasCauseInstanceOf(RefusalException.class)
                .cause().satisfies(e -> assertThat(((RefusalException) e).refusal().type())
                        .isEqualTo("idempotency-key-reused"));
        assertThat(executions).hasValue(1);
    }

    @Test
    void concurrent_duplicates_run_the_command_once() throws Exception {
        String key = UUID.randomUUID().toString();
        List<ResponseEntity<?>> responses = Flux.range(0, 8)
                .flatMap(i -> idempotency.once("test:caller", key, true, Map.of("n", 1),
                        () -> command().delayElement(Duration.ofMillis(50))), 8)
                .collectList().toFuture().get();
        assertThat(responses).hasSize(8).allSatisfy(r -> assertThat(r.getStatusCode().value()).isEqualTo(201));
        assertThat(executions).hasValue(1);
    }

    @Test
    void a_failed_command_stores_nothing_so_a_retry_runs_it_again() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> idempotency.once("test:caller", key, true, Map.of(),
                () -> Mono.error(new IllegalStateException("gateway down"))).toFuture().get())
                .hasRootCauseMessage("gateway down");
        once(key, Map.of());
        assertThat(executions).hasValue(1);
    }

    @Test
    void keys_are_scoped_per_caller_and_operation() throws Exception {
        String key = UUID.randomUUID().toString();
        once(key, Map.of("a", 1));
        idempotency.once("test:another-caller", key, true, Map.of("a", 2), this::command).toFuture().get();
        assertThat(executions).hasValue(2);
    }

    @Test
    void a_required_key_that_is_missing_or_malformed_is_refused() {
        assertThatThrownBy(() -> idempotency.once("test:caller", null, true, Map.of(), this::command).toFuture().get())
                .hasCauseInstanceOf(RefusalException.class);
        assertThatThrownBy(() -> idempotency.once("test:caller", "has space", true, Map.of(), this::command)
                .toFuture().get()).hasCauseInstanceOf(RefusalException.class);
        assertThat(executions).hasValue(0);
    }
}
