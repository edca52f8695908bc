package cn.sz.dataexchange.validator.publicdata;

import java.util.Objects;

/**
 * One entry of the public data catalog (Art. 49).
 *
 * @param id           the catalog entry id sellers cite
 * @param title        what the dataset is
 * @param openCategory its opening category (Art. 48)
 * @param conditions   the conditions of use, for conditionally open data
 */
public record CatalogEntry(String id, String title, OpenCategory openCategory, String conditions) {

    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(openCategory, "openCategory");
    }
}
