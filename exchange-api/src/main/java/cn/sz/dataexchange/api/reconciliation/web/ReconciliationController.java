package cn.sz.dataexchange.api.reconciliation.web;

import cn.sz.dataexchange.api.reconciliation.application.ViewingReconciliations;
import cn.sz.dataexchange.api.reconciliation.web.ReconciliationViews.MismatchView;
import cn.sz.dataexchange.api.reconciliation.web.ReconciliationViews.RunView;
import cn.sz.dataexchange.api.reconciliation.web.ReconciliationViews.StartRequest;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reconciliation with the payment gateway (ADR 0049): runs on demand, runs and mismatches for platform staff. */
@RestController
@ApiResponses({
        @ApiResponse(responseCode = "400", description = "bad period or page; errors name the parameter",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"))),
        @ApiResponse(responseCode = "401", description = "no valid token",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem"))),
        @ApiResponse(responseCode = "403", description = "not platform staff (starting a run: not an administrator)",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))})
public class ReconciliationController {

    /** The longest period one run on demand may cover. */
    static final long MAX_DAYS = 366;

    private final ViewingReconciliations reconciliations;
    private final Clock clock;

    public ReconciliationController(ViewingReconciliations reconciliations, Clock clock) {
        this.reconciliations = reconciliations;
        this.clock = clock;
    }

    @Operation(summary = "Reconcile a period with the payment gateway now (administrator); answers the completed run")
    @ApiResponse(responseCode = "201", description = "the run, completed; mismatches at /api/v1/reconciliations/{id}")
    @PostMapping("/api/v1/reconciliations")
    public Mono<ResponseEntity<RunView>> start(@RequestBody StartRequest body, @AuthenticationPrincipal Caller caller) {
        StatementPeriod period = StatementPeriod.parse(body.from(), body.to(), clock).orElseThrow();
        if (ChronoUnit.DAYS.between(period.from(), period.to()) >= MAX_DAYS) {
            throw Refusal.invalidField("to", "a run covers at most " + MAX_DAYS + " days").toException();
        }
        return reconciliations.start(period, caller).map(run -> ResponseEntity
                .created(URI.create("/api/v1/reconciliations/" + run.id())).body(RunView.of(run)));
    }

    @Operation(summary = "Reconciliation runs, newest first (platform staff)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping("/api/v1/reconciliations")
    public Mono<Page<RunView>> runs(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reconciliations.runs(PageQuery.of(page, size).orElseThrow()).map(p -> p.map(RunView::of));
    }

    @Operation(summary = "One run (platform staff)")
    @ApiResponse(responseCode = "404", description = "no such run",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping("/api/v1/reconciliations/{id}")
    public Mono<RunView> run(@PathVariable UUID id) {
        return reconciliations.run(id).map(r -> RunView.of(r.orElseThrow()));
    }

    @Operation(summary = "Mismatches with both records, newest first; ?run= for those a run reported first (platform staff)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping("/api/v1/reconciliations/mismatches")
    public Mono<Page<MismatchView>> mismatches(@RequestParam(required = false) UUID run,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return reconciliations.mismatches(Optional.ofNullable(run), PageQuery.of(page, size).orElseThrow())
                .map(p -> p.map(MismatchView::of));
    }
}
