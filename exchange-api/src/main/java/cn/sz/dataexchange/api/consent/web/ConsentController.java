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

    @Operation(summary = "Import consent records as JSON Lines, streamed (seller); bad lines are reported by number, good ones kept")
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
