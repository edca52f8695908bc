package cn.sz.dataexchange.validator.json;

import cn.sz.dataexchange.validator.publicdata.CatalogEntry;

import java.util.List;

/** A public data catalog as JSON: {@code {"entries": [{"id", "title", "openCategory", "conditions"}]}}. */
public record CatalogFile(List<CatalogEntry> entries) {
}
