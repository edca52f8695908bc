package cn.sz.dataexchange.api.enforcement.web;

import cn.sz.dataexchange.api.enforcement.application.DetectionRuns;
import cn.sz.dataexchange.api.enforcement.application.RunningDetection;
import cn.sz.dataexchange.api.enforcement.application.ViewingDetectionRuns;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Art. 69 detection runs: starting one (administrator or regulator), listing runs, a run's findings. */
@RestController
@Tag(name = "Cases")
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "Only administrators and regulators",
        content = @Content(mediaType = "application/problem+json"))
public class DetectionController {

    private final RunningDetection running;
    private final ViewingDetectionRuns viewing;
    private final JsonMapper json;

    public DetectionController(RunningDetection running, ViewingDetectionRuns viewing, JsonMapper json) {
        this.running = running;
        this.viewing = viewing;
        this.json = json;
    }

    @Schema(description = "An Art. 69 detection run")
    record RunView(UUID id, String trigger, String requestedBy, String state, String policy, Instant startedAt,
                   Instant finishedAt, long tradesScanned, long groupsCompared, long pairsCompared, int findings,
                   int casesOpened, String error) {

        static RunView of(DetectionRuns.Run r) {
            var c = r.counts();
            return new RunView(r.id(), r.trigger(), r.requestedBy(), r.state(), r.policy(), r.startedAt(),
                    r.finishedAt().orElse(null), c.tradesScanned(), c.groupsCompared(), c.pairsCompared(), c.findings(),
                    c.casesOpened(), r.error().orElse(null));
        }
    }

    @Schema(description = "A finding: seller, listing and list price, the evidence pairs and the case it opened or found")
    record FindingView(int seq, UUID seller, UUID listingId, long listPriceFen, List<?> evidence, List<UUID> tradeIds,
                       UUID caseId, boolean caseCreated) {
    }

    @Schema(description = "A run with its findings")
    record RunWithFindingsView(RunView run, List<FindingView> findings) {
    }

    @Schema(description = "A page of runs")
    record RunPage(List<RunView> items, int page, int size, long totalItems) {
    }

    @Operation(summary = "Start an Art. 69 detection run over the recorded trades (admin, regulator); 202 while it runs",
            responses = @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = RunView.class))))
    @PostMapping("/api/v1/cases/detection-runs")
    public Mono<ResponseEntity<RunView>> start(@AuthenticationPrincipal Caller caller) {
        return running.onDemand(caller).map(run -> ResponseEntity.accepted()
                .location(URI.create("/api/v1/cases/detection-runs/" + run.id())).body(RunView.of(run)));
    }

    @Operation(summary = "Detection runs, newest first (admin, regulator)",
            responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RunPage.class))))
    @GetMapping("/api/v1/cases/detection-runs")
    public Mono<RunPage> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return viewing.list(PageQuery.of(page, size).orElseThrow()).map(p -> new RunPage(
                p.items().stream().map(RunView::of).toList(), p.page(), p.size(), p.totalItems()));
    }

    @Operation(summary = "A detection run and its findings (admin, regulator)",
            responses = {
                    @ApiResponse(responseCode = "200",
                            content = @Content(schema = @Schema(implementation = RunWithFindingsView.class))),
                    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))})
    @GetMapping("/api/v1/cases/detection-runs/{id}")
    public Mono<RunWithFindingsView> one(@PathVariable UUID id) {
        return viewing.one(id).map(r -> {
            var found = r.orElseThrow();
            return new RunWithFindingsView(RunView.of(found.run()), found.findings().stream()
                    .map(f -> new FindingView(f.seq(), f.seller(), f.listingId(), f.listPriceFen(),
                            json.readValue(f.evidence(), List.class), f.tradeIds(), f.caseId(), f.caseCreated()))
                    .toList());
        });
    }
}
