package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.api.listings.model.Licence;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.validator.model.CrossBorderDelivery;
import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** From request bodies to the domain's details, with the checks a single field's annotations cannot express. */
final class ListingMapping {

    private ListingMapping() {
    }

    static ProductDetails details(ListingRequests.CreateListing r) {
        return new ProductDetails(r.title(), r.description() == null ? "" : r.description(), r.category(), r.assetId(),
                manifest(r.manifest()), r.priceFen(), licence(r.licence()), destinations(r.manifest()));
    }

    static UnaryOperator<ProductDetails> patch(ListingRequests.PatchListing r) {
        ListingManifest manifest = r.manifest() == null ? null : manifest(r.manifest());
        Licence licence = r.licence() == null ? null : licence(r.licence());
        return d -> new ProductDetails(
                r.title() != null ? r.title() : d.title(),
                r.description() != null ? r.description() : d.description(),
                r.category() != null ? r.category() : d.category(),
                r.assetId() != null ? r.assetId() : d.assetId(),
                manifest != null ? manifest : d.manifest(),
                r.priceFen() != null ? r.priceFen() : d.priceFen(),
                licence != null ? licence : d.licence(),
                manifest != null ? destinations(r.manifest()) : d.crossBorderDestinations());
    }

    static ListingManifest manifest(ListingRequests.Manifest m) {
        List<DataSource> sources = new ArrayList<>();
        List<ListingRequests.Source> given = m.sources() == null ? List.of() : m.sources();
        for (int i = 0; i < given.size(); i++) {
            ListingRequests.Source s = given.get(i);
            if (s.kind() == SourceKind.PUBLIC_DATA && (s.catalogEntryId() == null || s.catalogEntryId().isBlank())) {
                throw Refusal.invalidField("manifest.sources[" + i + "].catalogEntryId", "is required for PUBLIC_DATA").toException();
            }
            if (s.kind() == SourceKind.PRIOR_CONTRACT && (s.contractRef() == null || s.contractRef().isBlank())) {
                throw Refusal.invalidField("manifest.sources[" + i + "].contractRef", "is required for PRIOR_CONTRACT").toException();
            }
            sources.add(new DataSource(s.kind(), s.contractRef(), s.catalogEntryId(), s.authorisationRef()));
        }
        if (sources.isEmpty()) {
            sources.add(DataSource.ownCollection());
        }
        CrossBorderDelivery crossBorder = m.crossBorder() == null ? CrossBorderDelivery.NONE
                : new CrossBorderDelivery(m.crossBorder().delivered(), m.crossBorder().securityAssessmentRef());
        var subject = m.subjectColumn() == null ? null : new cn.sz.dataexchange.validator.model.SubjectColumn(
                m.subjectColumn().name(), m.subjectColumn().form(), m.subjectColumn().identifierKind());
        return new ListingManifest("new", m.personalDataPresent(), m.personalDataCategories(), subject, m.birthDateColumn(),
                m.collectionDateColumn(), m.quasiIdentifiers(), m.sensitiveColumn(), m.purposes(), sources, crossBorder,
                Boolean.TRUE.equals(m.anonymizedClaim()), m.contentTags());
    }

    private static List<String> destinations(ListingRequests.Manifest m) {
        return m.crossBorder() == null || m.crossBorder().destinations() == null ? List.of() : m.crossBorder().destinations();
    }

    private static Licence licence(ListingRequests.LicenceTerms l) {
        return new Licence(l.permittedPurposes(), l.durationDays(), l.territory(), Boolean.TRUE.equals(l.resaleAllowed()),
                l.destroyOnExpiry() == null || l.destroyOnExpiry());
    }
}
