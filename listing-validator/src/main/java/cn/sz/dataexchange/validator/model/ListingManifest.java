package cn.sz.dataexchange.validator.model;

import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Enums;
import cn.sz.dataexchange.validator.vocabulary.Purpose;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the seller declares about a data product before listing it.
 *
 * @param listingId             the exchange's listing identifier
 * @param personalDataPresent   whether the asset contains personal data (Art. 2(2))
 * @param personalDataCategories the personal data categories it contains
 * @param subjectColumn         the column identifying the data subject, or null
 * @param birthDateColumn       a column holding birth dates (yyyy-MM-dd, yyyy/MM/dd, yyyyMMdd), or null
 * @param collectionDateColumn  a column holding the date each row's data were collected (same formats), or null:
 *                              a subject under fourteen then, as at the consent date, needs a guardian's consent
 * @param quasiIdentifiers      columns that together may single out a person
 * @param sensitiveColumn       a sensitive attribute for l-diversity, or null
 * @param purposes              the purposes the product is offered for
 * @param sources               where the data came from
 * @param crossBorder           whether it is delivered abroad, or null for no
 * @param anonymizedClaim       the seller claims the product holds no personal data (Art. 2(7))
 * @param contentTags           codes describing the content, matched against the prohibited list and the important-data catalog
 */
public record ListingManifest(
        String listingId,
        boolean personalDataPresent,
        Set<DataCategory> personalDataCategories,
        SubjectColumn subjectColumn,
        String birthDateColumn,
        String collectionDateColumn,
        List<String> quasiIdentifiers,
        String sensitiveColumn,
        Set<Purpose> purposes,
        List<DataSource> sources,
        CrossBorderDelivery crossBorder,
        boolean anonymizedClaim,
        List<String> contentTags) {

    public ListingManifest {
        Objects.requireNonNull(listingId, "listingId");
        personalDataCategories = Enums.sortedSet(personalDataCategories, DataCategory.class);
        quasiIdentifiers = quasiIdentifiers == null ? List.of() : List.copyOf(quasiIdentifiers);
        purposes = Enums.sortedSet(purposes, Purpose.class);
        sources = sources == null ? List.of() : List.copyOf(sources);
        crossBorder = crossBorder == null ? CrossBorderDelivery.NONE : crossBorder;
        contentTags = contentTags == null ? List.of() : List.copyOf(contentTags);
    }

    /** A manifest without a collection-date column. */
    public ListingManifest(String listingId, boolean personalDataPresent, Set<DataCategory> personalDataCategories,
                           SubjectColumn subjectColumn, String birthDateColumn, List<String> quasiIdentifiers,
                           String sensitiveColumn, Set<Purpose> purposes, List<DataSource> sources,
                           CrossBorderDelivery crossBorder, boolean anonymizedClaim, List<String> contentTags) {
        this(listingId, personalDataPresent, personalDataCategories, subjectColumn, birthDateColumn, null, quasiIdentifiers,
                sensitiveColumn, purposes, sources, crossBorder, anonymizedClaim, contentTags);
    }

    public boolean declares(DataCategory category) {
        return personalDataCategories.contains(category);
    }

    public boolean declaresSensitiveData() {
        return personalDataCategories.stream().anyMatch(DataCategory::sensitive);
    }

    public long purposeBits() {
        return purposes.stream().mapToLong(Purpose::bit).reduce(0L, (a, b) -> a | b);
    }

    public long categoryBits() {
        return personalDataCategories.stream().mapToLong(DataCategory::bit).reduce(0L, (a, b) -> a | b);
    }

    /**
     * The categories every subject's consent must name: the declared ones except
     * {@link DataCategory#MINORS}, which says that some subjects are children (their guardians'
     * express consent is required, ADR 0028), not something an adult consents to.
     */
    public long consentCategoryBits() {
        return categoryBits() & ~DataCategory.MINORS.bit();
    }

    /**
     * Whether every subject's consent must be express (Art. 18, 19): a sensitive or biometric
     * category other than {@link DataCategory#MINORS} is declared. Children's consent is express
     * through the guardian requirement.
     */
    public boolean expressConsentNeeded() {
        return personalDataCategories.stream().anyMatch(c -> c.sensitive() && c != DataCategory.MINORS);
    }
}
