package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.ListingManifest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A listing as its seller and the platform staff see it: the one-word status, the details of the
 * latest version (the seller's working copy), which version is on the shelf, and every version's status.
 */
public record ListingView(UUID id, UUID sellerId, String status, long revision, int latestVersion,
                          Integer onShelfVersion, String title, String description, String category, UUID assetId,
                          ManifestView manifest, long priceFen, String currency, LicenceView licence,
                          List<VersionView> versions, Instant createdAt) {

    public record VersionView(int version, String status, String statusReason, Instant statusChangedAt,
                              Instant createdAt, boolean awaitingReinstatement) {
    }

    public record LicenceView(List<String> permittedPurposes, int durationDays, List<String> territory,
                              boolean resaleAllowed, boolean destroyOnExpiry) {
    }

    public record ManifestView(boolean personalDataPresent, List<String> personalDataCategories, SubjectView subjectColumn,
                               String birthDateColumn, String collectionDateColumn, List<String> quasiIdentifiers,
                               String sensitiveColumn,
                               List<String> purposes, List<DataSource> sources, CrossBorderView crossBorder,
                               boolean anonymizedClaim, List<String> contentTags) {
    }

    public record SubjectView(String name, String form, String identifierKind) {
    }

    public record CrossBorderView(boolean delivered, String securityAssessmentRef, List<String> destinations) {
    }

    static ListingView of(Listing l) {
        ListingVersion latest = l.latest();
        ProductDetails d = latest.details();
        return new ListingView(l.id(), l.seller().value(), l.status().name(), l.revision(), latest.number(),
                l.onShelf().map(ListingVersion::number).orElse(null), d.title(), d.description(), d.category(),
                d.assetId(), manifest(d), d.priceFen(), ProductDetails.CURRENCY,
                new LicenceView(d.licence().permittedPurposes().stream().map(Enum::name).toList(), d.licence().durationDays(),
                        d.licence().territory(), d.licence().resaleAllowed(), d.licence().destroyOnExpiry()),
                l.versions().stream().map(v -> new VersionView(v.number(), v.status().name(), v.statusReason(),
                        v.statusChangedAt(), v.createdAt(), v.awaitingReinstatement())).toList(),
                l.createdAt());
    }

    private static ManifestView manifest(ProductDetails d) {
        ListingManifest m = d.manifest();
        return new ManifestView(m.personalDataPresent(), m.personalDataCategories().stream().map(Enum::name).toList(),
                m.subjectColumn() == null ? null : new SubjectView(m.subjectColumn().name(), m.subjectColumn().form().name(),
                        m.subjectColumn().identifierKind().name()),
                m.birthDateColumn(), m.collectionDateColumn(), m.quasiIdentifiers(), m.sensitiveColumn(),
                m.purposes().stream().map(Enum::name).toList(), m.sources(),
                new CrossBorderView(m.crossBorder().delivered(), m.crossBorder().securityAssessmentRef(),
                        d.crossBorderDestinations()),
                m.anonymizedClaim(), m.contentTags());
    }
}
