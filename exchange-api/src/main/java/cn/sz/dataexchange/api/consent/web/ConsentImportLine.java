package cn.sz.dataexchange.api.consent.web;

import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The documented shape of one line of a consent import (JSON Lines: one such object per line).
 * The parser ({@code ConsentLineParser}) reads the same fields strictly; this type exists for the
 * API description.
 */
@Schema(name = "ConsentImportLine", description = """
        One consent record per line (JSON Lines, UTF-8, at most 64 KB a line). Unknown fields, wrong types \
        and inconsistent times are refused per line with the field named; good lines are kept. An upload \
        with no valid line at all is refused as a whole (422 no-valid-consent-lines, with the line errors).""",
        example = """
        {"subject":"11010519491231002X","subjectType":"RESIDENT_ID","purposes":["CREDIT_ASSESSMENT"],\
        "dataCategories":["BASIC_PROFILE","IDENTITY_DOCUMENT"],"thirdPartyDisclosure":true,"express":true,\
        "guardianConsent":false,"givenAt":"2025-01-01T00:00:00Z","expiresAt":null,"withdrawnAt":null,\
        "noticeVersion":"notice-v3","evidence":{"receiptSha256":"9f2c3b5e1d7a4c6f8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c"}}""")
public record ConsentImportLine(
        @Schema(description = "The raw identifier of the data subject; exactly one of subject (with subjectType) and "
                + "subjectKey. Keyed with your organisation's secret on arrival (HMAC-SHA256 over the normalised form) "
                + "and never stored.", example = "11010519491231002X", maxLength = 256)
        String subject,
        @Schema(description = "Required with subject: how to normalise it (spaces and dashes removed; RESIDENT_ID and "
                + "PASSPORT upper-cased; MOBILE without +86/0086/86; EMAIL lower-cased; OTHER trimmed)")
        SubjectIdentifierKind subjectType,
        @Schema(description = "Instead of subject: a subject key you derived yourself, 64 hex characters; your assets "
                + "must then carry the same keys (subject column form PRECOMPUTED_KEY)", pattern = "[0-9a-fA-F]{64}")
        String subjectKey,
        @Schema(description = "Purposes consented to, at least one (GET /api/v1/vocabulary/purposes)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<Purpose> purposes,
        @Schema(description = "Personal data categories consented to (GET /api/v1/vocabulary/data-categories). "
                + "MINORS is not a category anyone consents to: a child's record needs guardianConsent and express.")
        List<DataCategory> dataCategories,
        @Schema(description = "Whether provision to third parties was consented to (Art. 27(2)); absent means false")
        Boolean thirdPartyDisclosure,
        @Schema(description = "Whether the consent was express (Art. 18, 19); absent means false")
        Boolean express,
        @Schema(description = "Whether a guardian gave it (Art. 20): required, with express, for a subject under 14 on "
                + "givenAt or on the data's collection date; absent means false")
        Boolean guardianConsent,
        @Schema(description = "When the consent was given (ISO 8601 instant); children's ages are judged on this date",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-01-01T00:00:00Z")
        Instant givenAt,
        @Schema(description = "When it lapses, after givenAt; null for no end")
        Instant expiresAt,
        @Schema(description = "When it was withdrawn, not before givenAt; null if in force")
        Instant withdrawnAt,
        @Schema(description = "Version of the notice shown (Art. 14), 1-100 characters",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "notice-v3")
        String noticeVersion,
        @Schema(description = "Evidence of notice and consent (Art. 25)", requiredMode = Schema.RequiredMode.REQUIRED)
        Evidence evidence) {

    /** The consent receipt's digest and, optionally, the signed receipt. */
    @Schema(name = "ConsentImportEvidence")
    public record Evidence(
            @Schema(description = "SHA-256 of the consent receipt, 64 hex characters", requiredMode = Schema.RequiredMode.REQUIRED)
            String receiptSha256,
            @Schema(description = "The signed receipt as a compact JWS (stored, not verified), at most 16384 characters")
            String signedReceipt) {
    }
}
