package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.publicdata.CatalogEntry;
import cn.sz.dataexchange.validator.publicdata.PublicDataCatalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The public data catalog from a fixed list of entries. */
public final class InMemoryPublicDataCatalog implements PublicDataCatalog {

    private final Map<String, CatalogEntry> entries;

    public InMemoryPublicDataCatalog(Collection<CatalogEntry> entries) {
        this.entries = entries.stream().collect(Collectors.toUnmodifiableMap(CatalogEntry::id, Function.identity()));
    }

    public static InMemoryPublicDataCatalog empty() {
        return new InMemoryPublicDataCatalog(java.util.List.of());
    }

    @Override
    public Optional<CatalogEntry> findEntry(String catalogEntryId) {
        return Optional.ofNullable(entries.get(catalogEntryId));
    }
}
