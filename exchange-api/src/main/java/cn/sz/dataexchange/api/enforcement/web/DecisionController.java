package cn.sz.dataexchange.api.enforcement.web;

import cn.sz.dataexchange.api.enforcement.application.Deciding;
import cn.sz.dataexchange.api.enforcement.application.DecisionRendering;
import cn.sz.dataexchange.api.enforcement.application.Decisions;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.IllegalIncome;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.DecisionRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseViews.CaseView;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.web.Idempotency;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.settlement.penalty.DiscretionFactors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The authority's decision on a case: recording it (regulator) and reading the signed document. */
@RestController
@Tag(name = "Cases")
@ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "Unknown case, or not visible to the caller",
        content = @Content(mediaType = "application/problem+json"))
public class DecisionController {

    private final Deciding deciding;
    private final Idempotency idempotency;

    public DecisionController(Deciding deciding, Idempotency idempotency) {
        this.deciding = deciding;
        this.idempotency = idempotency;
    }

    @Schema(description = "A decided case and its signed decision")
    record DecidedView(CaseView decidedCase, DecisionView decision) {
    }

    @Schema(description = "The decision document (JSON), its SHA-256 over the RFC 8785 canonical bytes, and the exchange's"
            + " detached JWS over those bytes")
    record DecisionView(UUID caseId, Map<String, Object> document, String documentSha256, String kid, String jws,
                        long confiscationFen, long fineFen, String decidedBy, Instant decidedAt) {

        static DecisionView of(Decisions.Stored d) {
            return new DecisionView(d.caseId().value(), JsonParser.parseObject(d.document()), d.digestHex(), d.kid(),
                    d.jws(), d.confiscationFen(), d.fineFen(), d.decidedBy(), d.decidedAt());
        }
    }

    @Operation(summary = "Record the decision (regulator): the fine within the statutory range with reasons; the exchange"
            + " computes illegal income from its ledger and signs the document (Idempotency-Key accepted)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecidedView.class))),
                    @ApiResponse(responseCode = "409", description = "illegal-transition: the case is not ready for a"
                            + " decision, or is dismissed or closed", content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "fine-outside-statutory-range (Art. 94/95),"
                            + " turnover-required (Art. 95 serious tier), illegal-income-override-without-reason"
                            + " (APL Art. 28)", content = @Content(mediaType = "application/problem+json"))})
    @PostMapping("/api/v1/cases/{id}/decision")
    public Mono<ResponseEntity<?>> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest body,
                                          @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                          @AuthenticationPrincipal Caller caller) {
        var factors = Optional.ofNullable(body.factors())
                .map(f -> new DiscretionFactors(Boolean.TRUE.equals(f.repeatOffence()),
                        f.affectedSubjects() == null ? 0 : f.affectedSubjects(),
                        Boolean.TRUE.equals(f.sensitivePersonalData()), Boolean.TRUE.equals(f.cooperated())))
                .orElse(DiscretionFactors.none());
        var command = new Deciding.Decide(body.fineFen(), body.reasons(), Boolean.TRUE.equals(body.seriousCircumstances()),
                Optional.ofNullable(body.previousYearTurnover()).map(t -> new Deciding.Turnover(t.amountFen(), t.source())),
                Optional.ofNullable(body.illegalIncomeOverride())
                        .map(o -> new IllegalIncome.Override(o.netFen(), o.reason())),
                factors, Optional.ofNullable(body.readingOverrides()).orElse(List.of()).stream()
                        .map(o -> new Deciding.ReadingOverride(o.code(), o.reason())).toList());
        return idempotency.once("client:" + caller.clientId() + ":cases.decide:" + id, key, false, body,
                () -> deciding.decide(new CaseId(id), caller, command).map(result -> {
                    var decided = result.orElseThrow();
                    return ResponseEntity.ok(new DecidedView(CaseView.of(decided.decided()),
                            DecisionView.of(decided.decision())));
                }));
    }

    @Operation(summary = "The signed decision: JSON, or ?format=zh|en for the rendering (Markdown)",
            responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionView.class))))
    @GetMapping("/api/v1/cases/{id}/decision")
    public Mono<ResponseEntity<?>> decision(@PathVariable UUID id, @RequestParam(required = false) String format,
                                            @AuthenticationPrincipal Caller caller) {
        if (format != null && !List.of("json", "zh", "en").contains(format)) {
            return Mono.error(Refusal.invalidField("format", "must be json, zh or en").toException());
        }
        return deciding.decisionOf(new CaseId(id), caller).map(r -> {
            Decisions.Stored stored = r.orElseThrow();
            if (format == null || format.equals("json")) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DecisionView.of(stored));
            }
            var language = format.equals("zh") ? DecisionRendering.Language.ZH : DecisionRendering.Language.EN;
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                    .body(DecisionRendering.render(JsonParser.parseObject(stored.document()), stored.digestHex(),
                            stored.kid(), language));
        });
    }
}
