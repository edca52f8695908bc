package cn.sz.dataexchange.api.enforcement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON bodies the cases endpoints accept. Unknown fields are refused. */
final class CaseRequests {

    private CaseRequests() {
    }

    record ListingVersionRequest(@NotNull UUID listingId, @NotNull @Min(1) Integer version) {
    }

    @Schema(description = "An administrator's or regulator's own finding: the article violated, the respondent, the"
            + " listing versions and trades concerned, and the reasons")
    record OpenCaseRequest(
            @Schema(description = "67 (penalised under Art. 94), 68 or 69 (under Art. 95)") @NotNull Integer violatedArticle,
            @NotNull UUID respondent,
            @NotBlank @Size(max = 5000) String reasons,
            @Size(max = 200) List<@Valid @NotNull ListingVersionRequest> listingVersions,
            @Size(max = 10_000) List<@NotNull UUID> tradeIds) {
    }

    record ReasonRequest(@NotBlank @Size(max = 5000) String reason) {
    }

    record CorrectionOrderRequest(@NotBlank @Size(max = 5000) String requirements, @NotNull Instant deadline) {
    }

    record CorrectionOutcomeRequest(
            @Schema(description = "CORRECTED or REFUSED") @NotNull Outcome outcome,
            @NotBlank @Size(max = 5000) String reason) {

        enum Outcome { CORRECTED, REFUSED }
    }

    @Schema(description = "Art. 69 item 1: a counterparty's actual need for one of the case's trades, confirmed by staff")
    record ConfirmedNeedRequest(@NotNull UUID tradeId,
                                @Schema(description = "A code of GET /api/v1/vocabulary/actual-needs") @NotBlank String need,
                                @NotBlank @Size(max = 5000) String reason) {
    }

    record StatementRequest(@NotBlank @Size(max = 20_000) String statement) {
    }

    record TurnoverRequest(
            @Schema(description = "The respondent's turnover of the previous year, in fen") @NotNull @PositiveOrZero Long amountFen,
            @Schema(description = "Where the figure comes from (e.g. audited accounts 2025)") @NotBlank @Size(max = 2000) String source) {
    }

    record IncomeOverrideRequest(
            @Schema(description = "The net illegal income to use instead of the computed one, in fen") @NotNull @PositiveOrZero Long netFen,
            @Schema(description = "Why the computed figure is replaced; required") @Size(max = 5000) String reason) {
    }

    @Schema(description = "A reading of the law (ADR 0043) the deciding official sets aside, with the reason: one of"
            + " art94.threshold-in-upper-bracket, art95.serious-tier-stands-alone, art95.serious-tier-no-minimum")
    record ReadingOverrideRequest(@NotBlank String code, @NotBlank @Size(max = 5000) String reason) {
    }

    @Schema(description = "Circumstances that move the proposed fine within its range; each optional (false / 0)")
    record FactorsRequest(Boolean repeatOffence, @PositiveOrZero Long affectedSubjects, Boolean sensitivePersonalData,
                          Boolean cooperated) {
    }

    @Schema(description = "The authority's decision: the fine within the statutory range, with reasons")
    record DecisionRequest(
            @Schema(description = "The fine in fen; must lie within the statutory range") @NotNull @PositiveOrZero Long fineFen,
            @NotBlank @Size(max = 10_000) String reasons,
            @Schema(description = "Art. 95 only: whether the circumstances are serious (needs previousYearTurnover); default false") Boolean seriousCircumstances,
            @Valid TurnoverRequest previousYearTurnover,
            @Valid IncomeOverrideRequest illegalIncomeOverride,
            @Valid FactorsRequest factors,
            @Size(max = 3) List<@Valid @NotNull ReadingOverrideRequest> readingOverrides) {
    }

    @Schema(description = "A complaint: a buyer about its own trade, or an administrator on behalf of a data subject")
    record ComplaintRequest(
            @NotNull UUID tradeId,
            @Schema(description = "67, 68 or 69") @NotNull @Min(67) @Max(69) Integer violatedArticle,
            @NotBlank @Size(max = 10_000) String text,
            @Schema(description = "Administrators: the data subject's reference (as the subject gave it)") @Size(max = 500) String subjectReference) {
    }
}
