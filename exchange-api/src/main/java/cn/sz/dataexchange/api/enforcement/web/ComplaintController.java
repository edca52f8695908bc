package cn.sz.dataexchange.api.enforcement.web;

import cn.sz.dataexchange.api.enforcement.application.FilingComplaint;
import cn.sz.dataexchange.api.enforcement.model.Complaint;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.ComplaintRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseRequests.ReasonRequest;
import cn.sz.dataexchange.api.enforcement.web.CaseViews.CaseView;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
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

/** Complaints that an administrator can turn into cases. */
@RestController
@Tag(name = "Cases")
@ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "The caller's role may not do this",
        content = @Content(mediaType = "application/problem+json"))
public class ComplaintController {

    private final FilingComplaint filing;

    public ComplaintController(FilingComplaint filing) {
        this.filing = filing;
    }

    @Schema(description = "A complaint")
    record ComplaintView(UUID id, String kind, UUID complainant, String filedBy, String subjectReference, UUID tradeId,
                         int violatedArticle, String text, Instant filedAt, UUID caseId) {

        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.id(), c.kind().name(), c.complainant().map(o -> o.value()).orElse(null),
                    c.filedBy(), c.subjectReference().orElse(null), c.tradeId(), c.article().number(), c.text(),
                    c.filedAt(), c.caseId().map(id -> id.value()).orElse(null));
        }
    }

    @Schema(description = "A page of complaints")
    record ComplaintPage(List<ComplaintView> items, int page, int size, long totalItems) {
    }

    @Operation(summary = "File a complaint: a buyer about its own trade (another's is 404), an administrator on behalf"
            + " of a data subject (subjectReference required)",
            responses = {
                    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ComplaintView.class))),
                    @ApiResponse(responseCode = "404", description = "No such trade of the caller",
                            content = @Content(mediaType = "application/problem+json"))})
    @PostMapping("/api/v1/cases/complaints")
    public Mono<ResponseEntity<ComplaintView>> file(@Valid @RequestBody ComplaintRequest body,
                                                    @AuthenticationPrincipal Caller caller) {
        var file = new FilingComplaint.File(body.tradeId(), body.violatedArticle(), body.text(),
                Optional.ofNullable(body.subjectReference()));
        return filing.file(file, caller).map(r -> {
            ComplaintView view = ComplaintView.of(r.orElseThrow());
            return ResponseEntity.created(URI.create("/api/v1/cases/complaints/" + view.id())).body(view);
        });
    }

    @Operation(summary = "Complaints, newest first: all for platform staff, its own for a buyer",
            responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplaintPage.class))))
    @GetMapping("/api/v1/cases/complaints")
    public Mono<ComplaintPage> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @AuthenticationPrincipal Caller caller) {
        return filing.list(caller, PageQuery.of(page, size).orElseThrow()).map(p -> new ComplaintPage(
                p.items().stream().map(ComplaintView::of).toList(), p.page(), p.size(), p.totalItems()));
    }

    @Operation(summary = "Turn a complaint into a case against the trade's seller (admin); once per complaint",
            responses = {
                    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseView.class))),
                    @ApiResponse(responseCode = "404", description = "No such complaint",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "409", description = "case-exists: the complaint is a case already",
                            content = @Content(mediaType = "application/problem+json"))})
    @PostMapping("/api/v1/cases/complaints/{id}/case")
    public Mono<ResponseEntity<CaseView>> openCase(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                                   @AuthenticationPrincipal Caller caller) {
        return filing.openCase(id, body.reason(), caller).map(r -> {
            CaseView view = CaseView.of(r.orElseThrow());
            return ResponseEntity.created(URI.create("/api/v1/cases/" + view.id())).body(view);
        });
    }
}
