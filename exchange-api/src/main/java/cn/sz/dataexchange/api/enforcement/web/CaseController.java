package cn.sz.dataexchange.api.enforcement.web;

import cn.sz.dataexchange.api.enforcement.application.Cases;
import cn.sz.dataexchange.api.enforcement.application.MovingCase;
import cn.sz.dataexchange.api.enforcement.application.OpeningCase;
import cn.sz.dataexchange.api.enforcement.application.ViewingCases;
import cn.sz.dataexchange.api.enforcement.model.ActualNeed;
import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import cn.sz.dataexchange.api.enforcement.model.ListingVersionRef;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.ConfirmedNeedRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.CorrectionOrderRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.CorrectionOutcomeRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.OpenCaseRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.ReasonRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.StatementRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseViews.CaseEventView;
import cn.sz.dataexchange.api.enforcement.web.CaseViews.CasePage;
import cn.sz.dataexchange.api.enforcement.web.CaseViews.CaseView;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Violation cases: listing, reading, opening on a finding, and the moves of investigation,
 * referral, correction, statements, enforcement, closure and dismissal. Refusals are problem+json.
 */
@RestController
@Tag(name = "Cases", description = "Art. 94 / Art. 95 violation cases")
@ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field and rule",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "Unknown case, or not visible to the caller",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "409", description = "illegal-transition (naming currentStatus), concurrent-modification",
        content = @Content(mediaType = "application/problem+json"))
public class CaseController {

    private final OpeningCase opening;
    private final MovingCase moving;
    private final ViewingCases viewing;
    private final JsonMapper json;

    public CaseController(OpeningCase opening, MovingCase moving, ViewingCases viewing, JsonMapper json) {
        this.opening = opening;
        this.moving = moving;
        this.viewing = viewing;
        this.json = json;
    }

    @Operation(summary = "Cases, newest first: all for platform staff, the cases against its organisation for a member",
            responses = @ApiResponse(responseCode = "200", description = "A page of cases",
                    content = @Content(schema = @Schema(implementation = CasePage.class))))
    @GetMapping("/api/v1/cases")
    public Mono<CasePage> list(@RequestParam(required = false) CaseState state,
                               @RequestParam(required = false) Integer article,
                               @RequestParam(required = false) UUID respondent,
                               @RequestParam(required = false) Instant openedFrom,
                               @RequestParam(required = false) Instant openedTo,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size,
                               @AuthenticationPrincipal Caller caller) {
        Optional<ViolatedArticle> violated = Optional.empty();
        if (article != null) {
            violated = ViolatedArticle.ofNumber(article);
            if (violated.isEmpty()) {
                return Mono.error(Refusal.invalidField("article", "must be 67, 68 or 69").toException());
            }
        }
        var filter = new Cases.Filter(Optional.ofNullable(state), violated,
                Optional.ofNullable(respondent).map(OrgId::new), Optional.ofNullable(openedFrom),
                Optional.ofNullable(openedTo));
        return viewing.list(caller, filter, PageQuery.of(page, size).orElseThrow())
                .map(p -> new CasePage(p.items().stream().map(CaseView::of).toList(), p.page(), p.size(), p.totalItems()));
    }

    @Operation(summary = "Open a case on an administrator's or regulator's own finding, naming listing versions and trades",
            responses = {
                    @ApiResponse(responseCode = "201", description = "The case, OPENED",
                            content = @Content(schema = @Schema(implementation = CaseView.class))),
                    @ApiResponse(responseCode = "409", description = "case-exists: the same facts opened a case before",
                            content = @Content(mediaType = "application/problem+json"))})
    @PostMapping("/api/v1/cases")
    public Mono<ResponseEntity<CaseView>> open(@Valid @RequestBody OpenCaseRequest body,
                                               @AuthenticationPrincipal Caller caller) {
        var listings = Optional.ofNullable(body.listingVersions()).orElse(List.of()).stream()
                .map(l -> new ListingVersionRef(l.listingId(), l.version())).toList();
        var finding = new OpeningCase.ManualFinding(body.violatedArticle(), body.respondent(), body.reasons(), listings,
                Optional.ofNullable(body.tradeIds()).orElse(List.of()));
        return opening.manual(finding, caller).map(r -> {
            CaseView view = CaseView.of(r.orElseThrow());
            return ResponseEntity.created(URI.create("/api/v1/cases/" + view.id())).body(view);
        });
    }

    @Operation(summary = "A case (platform staff and the respondent; anyone else 404)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class))),
                    @ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller",
                            content = @Content(mediaType = "application/problem+json"))})
    @GetMapping("/api/v1/cases/{id}")
    public Mono<CaseView> one(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(new CaseId(id), caller).map(r -> CaseView.of(r.orElseThrow()));
    }

    @Operation(summary = "The case's history: every transition and statement with who, when, from, to and why",
            responses = @ApiResponse(responseCode = "200",
                    content = @Content(schema = @Schema(implementation = CaseEventView.class))))
    @GetMapping("/api/v1/cases/{id}/events")
    public Mono<List<CaseEventView>> events(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.events(new CaseId(id), caller)
                .map(r -> r.orElseThrow().stream().map(e -> CaseEventView.of(e, json)).toList());
    }

    @Operation(summary = "Start the investigation (admin): OPENED -> INVESTIGATING",
            responses = @ApiResponse(responseCode = "200", description = "The case as moved",
                    content = @Content(schema = @Schema(implementation = CaseView.class))))
    @PostMapping("/api/v1/cases/{id}/investigation")
    public Mono<CaseView> investigate(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                      @AuthenticationPrincipal Caller caller) {
        return move(id, caller, CaseEvent.INVESTIGATE, body.reason());
    }

    @Operation(summary = "Refer the case to the authority (admin): INVESTIGATING -> REFERRED")
    @PostMapping("/api/v1/cases/{id}/referral")
    public Mono<CaseView> refer(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                @AuthenticationPrincipal Caller caller) {
        return move(id, caller, CaseEvent.REFER, body.reason());
    }

    @Operation(summary = "Order a correction by a deadline (regulator): REFERRED -> CORRECTION_ORDERED; when the"
            + " deadline passes uncorrected, the case moves to CORRECTION_REFUSED")
    @PostMapping("/api/v1/cases/{id}/correction-order")
    public Mono<CaseView> orderCorrection(@PathVariable UUID id, @Valid @RequestBody CorrectionOrderRequest body,
                                          @AuthenticationPrincipal Caller caller) {
        return moving.orderCorrection(new CaseId(id), caller, body.requirements(), body.deadline())
                .map(r -> CaseView.of(r.orElseThrow()));
    }

    @Operation(summary = "Record the correction's outcome (regulator): CORRECTED or REFUSED")
    @PostMapping("/api/v1/cases/{id}/correction")
    public Mono<CaseView> correction(@PathVariable UUID id, @Valid @RequestBody CorrectionOutcomeRequest body,
                                     @AuthenticationPrincipal Caller caller) {
        CaseEvent event = body.outcome() == CorrectionOutcomeRequest.Outcome.CORRECTED ? CaseEvent.CONFIRM_CORRECTED
                : CaseEvent.RECORD_REFUSAL;
        return move(id, caller, event, body.reason());
    }

    @Operation(summary = "The respondent's statement (its own cases only; others 404); the state does not change")
    @PostMapping("/api/v1/cases/{id}/statements")
    public Mono<CaseView> statement(@PathVariable UUID id, @Valid @RequestBody StatementRequest body,
                                    @AuthenticationPrincipal Caller caller) {
        return moving.statement(new CaseId(id), caller, body.statement()).map(r -> CaseView.of(r.orElseThrow()));
    }

    @Operation(summary = "Confirm a counterparty's actual need for one of the case's trades (admin, regulator): Art. 69"
            + " item 1; the need comes from the published vocabulary and later detection runs take it into account")
    @PostMapping("/api/v1/cases/{id}/confirmed-needs")
    public Mono<CaseView> confirmNeed(@PathVariable UUID id, @Valid @RequestBody ConfirmedNeedRequest body,
                                      @AuthenticationPrincipal Caller caller) {
        return moving.confirmNeed(new CaseId(id), caller, body.tradeId(), body.need(), body.reason())
                .map(r -> CaseView.of(r.orElseThrow()));
    }

    @Operation(summary = "The published vocabulary of actual needs that Art. 69 item 1 may accept (open)")
    @GetMapping("/api/v1/vocabulary/actual-needs")
    public List<Map<String, String>> actualNeeds() {
        return Arrays.stream(ActualNeed.values())
                .map(n -> Map.of("code", n.name(), "description", n.description())).toList();
    }

    @Operation(summary = "Record that the exchange carried out the decision (admin): DECIDED -> ENFORCED")
    @PostMapping("/api/v1/cases/{id}/enforcement")
    public Mono<CaseView> enforce(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                  @AuthenticationPrincipal Caller caller) {
        return move(id, caller, CaseEvent.ENFORCE, body.reason());
    }

    @Operation(summary = "Close an enforced case (admin): ENFORCED -> CLOSED")
    @PostMapping("/api/v1/cases/{id}/closure")
    public Mono<CaseView> close(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                @AuthenticationPrincipal Caller caller) {
        return move(id, caller, CaseEvent.CLOSE, body.reason());
    }

    @Operation(summary = "Dismiss the case with reasons: an administrator before referral, the regulator after")
    @PostMapping("/api/v1/cases/{id}/dismissal")
    public Mono<CaseView> dismiss(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                  @AuthenticationPrincipal Caller caller) {
        return move(id, caller, CaseEvent.DISMISS, body.reason());
    }

    private Mono<CaseView> move(UUID id, Caller caller, CaseEvent event, String reason) {
        return moving.move(new CaseId(id), caller, event, reason).map(r -> CaseView.of(r.orElseThrow()));
    }
}
