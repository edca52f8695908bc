package cn.sz.dataexchange.validator.model;

import java.util.Objects;

/**
 * One source of the data product.
 *
 * @param kind             own collection, an earlier purchase, or public data
 * @param contractRef      the earlier contract, for {@link SourceKind#PRIOR_CONTRACT}
 * @param catalogEntryId   the public data catalog entry, for {@link SourceKind#PUBLIC_DATA}
 * @param authorisationRef the authorisation for conditionally open public data
 */
public record DataSource(SourceKind kind, String contractRef, String catalogEntryId, String authorisationRef) {

    public DataSource {
        Objects.requireNonNull(kind, "source.kind");
    }

    public static DataSource ownCollection() {
        return new DataSource(SourceKind.OWN_COLLECTION, null, null, null);
    }

    public static DataSource publicData(String catalogEntryId, String authorisationRef) {
        return new DataSource(SourceKind.PUBLIC_DATA, null, catalogEntryId, authorisationRef);
    }
}
