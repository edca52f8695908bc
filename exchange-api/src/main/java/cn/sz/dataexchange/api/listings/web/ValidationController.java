package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import cn.sz.dataexchange.api.listings.application.ViewingListings;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation progress of a listing's latest run, read from the database so that any instance can
 * answer, also as server-sent events ({@code progress} while it runs, {@code completed} with the
 * report at the end; ADR 0052).
 */
@RestController
public class ValidationController {

    private static final Duration MAX_STREAM = Duration.ofHours(2);

    private final ViewingListings viewing;
    private final ValidationRuns runs;
    private final JsonMapper json;
    private final Duration pollInterval;

    public ValidationController(ViewingListings viewing, ValidationRuns runs, JsonMapper json,
                                cn.sz.dataexchange.api.listings.ListingsProperties properties) {
        this.viewing = viewing;
        this.runs = runs;
        this.json = json;
        this.pollInterval = properties.validation().eventsPollInterval();
    }

    @Operation(summary = "The latest validation of the listing: progress, then the report (its seller, admin, regulator)")
    @GetMapping("/api/v1/listings/{id}/validation")
    public Mono<ValidationView> validation(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(caller, id).flatMap(r -> runs.latest(r.orElseThrow().id()))
                .map(run -> ValidationView.of(run, json, true))
                .switchIfEmpty(Mono.error(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "not-validated", "Not validated",
                        "Listing " + id + " has not been submitted for validation").toException()));
    }

    @Operation(summary = "The latest validation's progress as server-sent events; the stream ends with 'completed'")
    @GetMapping(value = "/api/v1/listings/{id}/validation/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Mono<ResponseEntity<Flux<ServerSentEvent<ValidationView>>>> events(@PathVariable UUID id,
                                                                              @AuthenticationPrincipal Caller caller) {
        // Who may read the listing is decided before the response starts, so the status (and a HEAD,
        // which never subscribes to the stream) tells the same as a GET.
        return viewing.one(caller, id).map(r -> r.orElseThrow().id()).map(listingId -> ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .body(Flux.interval(Duration.ZERO, pollInterval)
                        .concatMap(tick -> runs.latest(listingId).map(Optional::of).defaultIfEmpty(Optional.empty()))
                        .distinctUntilChanged(ValidationController::fingerprint)
                        .takeUntil(run -> run.isEmpty() || run.get().state().finished())
                        .map(this::event)
                        .take(MAX_STREAM)));
    }

    private ServerSentEvent<ValidationView> event(Optional<ValidationRun> run) {
        if (run.isEmpty()) {
            return ServerSentEvent.<ValidationView>builder().event("none").comment("no validation yet").build();
        }
        ValidationRun r = run.get();
        boolean done = r.state().finished();
        return ServerSentEvent.<ValidationView>builder()
                .id(r.id() + ":" + r.updatedAt().toEpochMilli())
                .event(done ? "completed" : "progress")
                .data(ValidationView.of(r, json, done))
                .build();
    }

    private static String fingerprint(Optional<ValidationRun> run) {
        return run.map(r -> r.id() + "/" + r.state() + "/" + r.phase() + "/" + r.bytesRead() + "/" + r.rowsRead())
                .orElse("none");
    }
}
