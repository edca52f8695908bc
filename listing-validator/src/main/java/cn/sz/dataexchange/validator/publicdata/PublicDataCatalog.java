package cn.sz.dataexchange.validator.publicdata;

import java.util.Optional;

/** Port: the municipal catalog of public data and the opening category of each entry. */
public interface PublicDataCatalog {

    Optional<CatalogEntry> findEntry(String catalogEntryId);
}
