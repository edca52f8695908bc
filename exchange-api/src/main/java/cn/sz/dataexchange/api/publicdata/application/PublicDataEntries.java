package cn.sz.dataexchange.api.publicdata.application;

import cn.sz.dataexchange.api.publicdata.model.OpenCategoryCode;
import cn.sz.dataexchange.api.publicdata.model.PublicDataEntry;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Port: the public data catalog in the database. */
public interface PublicDataEntries {

    /** Inserts or replaces the entry; true when it was new. */
    Mono<Boolean> upsert(PublicDataEntry entry, String actor);

    Mono<List<PublicDataEntry>> findAll(Collection<String> ids);

    Mono<Page<PublicDataEntry>> list(Optional<OpenCategoryCode> category, PageQuery page);
}
