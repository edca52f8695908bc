package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Port: the register of stored assets. */
public interface AssetRecords {

    Mono<DataAsset> insert(DataAsset asset, String actor);

    Mono<DataAsset> find(UUID id);

    Mono<Page<DataAsset>> ownedBy(OrgId owner, PageQuery page);
}
