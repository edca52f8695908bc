package cn.sz.dataexchange.api.consent.web;

import cn.sz.dataexchange.api.consent.application.ImportingConsents;
import cn.sz.dataexchange.api.consent.application.WithdrawingConsent;
import cn.sz.dataexchange.api.consent.model.ImportSummary;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The consent ledger: bulk imports (JSON Lines, streamed) and withdrawals. */
@RestController
@RequestMapping("/api/v1/consents")
public class ConsentController {

    private static final String EXAMPLE = """
            {"subject":"11010519491231002X","subjectType":"RESIDENT_ID","purposes":["CREDIT_ASSESSMENT"],"dataCategories":["BASIC_PROFILE","IDENTITY_DOCUMENT"],"thirdPartyDisclosure":true,"express":true,"givenAt":"2025-01-01T00:00:00Z","noticeVersion":"notice-v3","evidence":{"receiptSha256":"9f2c3b5e1d7a4c6f8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c"}}
            {"subject":"440305201503010026","subjectType":"RESIDENT_ID","purposes":["CREDIT_ASSESSMENT"],"dataCategories":["BASIC_PROFILE"],"thirdPartyDisclosure":true,"express":true,"guardianConsent":true,"givenAt":"2025-03-01T00:00:00Z","noticeVersion":"notice-v3","evidence":{"receiptSha256":"0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c9f2c3b5e1d7a4c6f8e"}}
            """;

    private final ImportingConsents importing;
    private final WithdrawingConsent withdrawing;

    public ConsentController(ImportingConsents importing, WithdrawingConsent withdrawing) {
        this.importing = importing;
        this.withdrawing = withdrawing;
    }

    /** A withdrawal: which subjects, which purposes (none listed: all), when, why; sellerOrgId for administrators. */
    public record WithdrawalRequest(UUID sellerOrgId,
                                    @NotEmpty @Size(max = 2000) List<@Valid @NotNull SubjectRequest> subjects,
                                    Set<@NotNull Purpose> purposes,
                                    Instant withdrawnAt,
                                    @NotBlank @Size(max = 2000) String reason) {
    }

    /** One subject: a raw identifier with its kind, or the subject key. */
    public record SubjectRequest(@Size(max = 256) String subject, SubjectIdentifierKind subjectType,
                                 @Size(max = 64) String subjectKey) {
    }

    @Operation(summary = "Import consent records as JSON Lines, streamed (seller); bad lines are reported by number, good ones kept",
            description = """
                    The body is JSON Lines: one ConsentImportLine object per line. The answer counts the lines,                     those kept (accepted) and those refused (rejected), and lists the first refusals as                     {line, field, message}: "is not a known field" (a misspelt field), "has the wrong type or value"                     (e.g. a string where a boolean belongs, an unknown purpose), "is required", "must be after givenAt",                     "give exactly one of subject (with subjectType) and subjectKey". One import is one transaction.                     An upload without a single valid line is 422 no-valid-consent-lines with the same errors and                     stores nothing. The listing validator's command line reads its own, keyed consent format                     (see docs/listings.md).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "JSON Lines: one consent record per line",
                    content = {
                            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/x-ndjson",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ConsentImportLine.class),
                                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "two records",
                                            value = EXAMPLE)),
                            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/jsonl",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ConsentImportLine.class))}))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422",
            description = "no valid line at all (no-valid-consent-lines): lines, rejected, errors[{line, field, message}]")
    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", "application/json"})
    public Mono<ImportSummary> importConsents(ServerHttpRequest request, @AuthenticationPrincipal Caller caller) {
        return importing.importLines(caller, request.getBody()).map(r -> r.orElseThrow());
    }

    @Operation(summary = "Withdraw consent for subjects and purposes (seller, or admin on a subject's complaint)")
    @PostMapping("/withdrawals")
    public Mono<WithdrawingConsent.Outcome> withdraw(@Valid @RequestBody WithdrawalRequest body,
                                                     @AuthenticationPrincipal Caller caller) {
        var command = new WithdrawingConsent.WithdrawConsent(Optional.ofNullable(body.sellerOrgId()),
                body.subjects().stream().map(s -> new WithdrawingConsent.SubjectRef(s.subject(), s.subjectType(),
                        s.subjectKey())).toList(),
                body.purposes() == null ? Set.of() : body.purposes(), Optional.ofNullable(body.withdrawnAt()),
                body.reason());
        return withdrawing.withdraw(caller, command).map(r -> r.orElseThrow());
    }
}
