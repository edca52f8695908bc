package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.validator.model.SourceKind;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The JSON bodies listing endpoints accept. Unknown fields are refused; every failure names its field. */
final class ListingRequests {

    static final String CATEGORY = "[a-z0-9][a-z0-9-]{0,39}";
    static final long MAX_PRICE_FEN = 10_000_000_000_000L;

    private ListingRequests() {
    }

    /** A new listing: all of it. */
    record CreateListing(@NotBlank @Size(max = 200) String title,
                         @Size(max = 5000) String description,
                         @NotBlank @Pattern(regexp = CATEGORY, message = "must be a lower-case slug such as 'finance' or 'transport-gps'") String category,
                         @NotNull UUID assetId,
                         @NotNull @Valid Manifest manifest,
                         @NotNull @Positive @Max(MAX_PRICE_FEN) Long priceFen,
                         @Pattern(regexp = "CNY", message = "must be CNY") String currency,
                         @NotNull @Valid LicenceTerms licence) {
    }

    /** A change: only the fields given are changed; manifest and licence are replaced as a whole. */
    record PatchListing(@Size(min = 1, max = 200) String title,
                        @Size(max = 5000) String description,
                        @Pattern(regexp = CATEGORY, message = "must be a lower-case slug such as 'finance' or 'transport-gps'") String category,
                        UUID assetId,
                        @Valid Manifest manifest,
                        @Positive @Max(MAX_PRICE_FEN) Long priceFen,
                        @Pattern(regexp = "CNY", message = "must be CNY") String currency,
                        @Valid LicenceTerms licence) {
    }

    /** What the validator needs to know (see the listing-validator manifest). */
    record Manifest(@NotNull Boolean personalDataPresent,
                    @Size(max = 30) Set<@NotNull DataCategory> personalDataCategories,
                    @Valid SubjectColumn subjectColumn,
                    @Size(max = 200) String birthDateColumn,
                    @Size(max = 200) String collectionDateColumn,
                    @Size(max = 50) List<@NotBlank @Size(max = 200) String> quasiIdentifiers,
                    @Size(max = 200) String sensitiveColumn,
                    @NotEmpty Set<@NotNull Purpose> purposes,
                    @Size(max = 50) List<@Valid @NotNull Source> sources,
                    @Valid CrossBorder crossBorder,
                    Boolean anonymizedClaim,
                    @Size(max = 50) List<@NotBlank @Size(max = 100) String> contentTags) {
    }

    record SubjectColumn(@NotBlank @Size(max = 200) String name, SubjectKeyForm form, SubjectIdentifierKind identifierKind) {
    }

    record Source(@NotNull SourceKind kind, @Size(max = 200) String contractRef, @Size(max = 200) String catalogEntryId,
                  @Size(max = 200) String authorisationRef) {
    }

    record CrossBorder(@NotNull Boolean delivered, @Size(max = 200) String securityAssessmentRef,
                       @Size(max = 50) List<@NotBlank @Size(max = 100) String> destinations) {
    }

    record LicenceTerms(@NotEmpty Set<@NotNull Purpose> permittedPurposes,
                        @NotNull @Min(1) @Max(3650) Integer durationDays,
                        @NotEmpty @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as CN") String> territory,
                        Boolean resaleAllowed,
                        Boolean destroyOnExpiry) {
    }
}
