package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A seller sees its own assets, platform staff see any; to anyone else an asset does not exist
 * (404, so its existence does not leak).
 */
public final class ViewingAssets {

    private final AssetRecords records;

    public ViewingAssets(AssetRecords records) {
        this.records = records;
    }

    public Mono<Result<DataAsset>> one(Caller caller, UUID id) {
        return records.find(id)
                .map(asset -> visibleTo(caller, asset) ? Result.accepted(asset) : notFound(id))
                .defaultIfEmpty(notFound(id));
    }

    /** For the owner only (downloads of content). */
    public Mono<Result<DataAsset>> owned(Caller caller, UUID id) {
        return records.find(id)
                .map(asset -> caller.orgId().map(asset::ownedBy).orElse(false) ? Result.accepted(asset) : notFound(id))
                .defaultIfEmpty(notFound(id));
    }

    public Mono<Result<Page<DataAsset>>> own(Caller caller, PageQuery page) {
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Assets belong to organisations")));
        }
        return records.ownedBy(caller.orgId().get(), page).map(Result::accepted);
    }

    private static boolean visibleTo(Caller caller, DataAsset asset) {
        return caller.isPlatformStaff() || caller.orgId().map(asset::ownedBy).orElse(false);
    }

    private static Result<DataAsset> notFound(UUID id) {
        return Result.refused(Refusal.notFound("Asset", id));
    }
}
