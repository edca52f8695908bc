package cn.sz.dataexchange.api.publicdata.model;

import cn.sz.dataexchange.validator.publicdata.CatalogEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the public data catalog (Art. 49): the dataset, the agency that provides it, and
 * whether it is open without conditions, open under conditions, or not open.
 */
public record PublicDataEntry(String id, String title, String providingAgency, OpenCategoryCode openCategory,
                              String conditions, Instant updatedAt) {

    public PublicDataEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(openCategory, "openCategory");
    }

    /** The entry as the validator's port answers it. */
    public CatalogEntry forValidation() {
        return new CatalogEntry(id, title, openCategory.category(), conditions);
    }
}
