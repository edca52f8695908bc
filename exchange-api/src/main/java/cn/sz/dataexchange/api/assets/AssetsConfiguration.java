package cn.sz.dataexchange.api.assets;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.assets.application.AssetSettings;
import cn.sz.dataexchange.api.assets.application.DataKeys;
import cn.sz.dataexchange.api.assets.application.ReadingAssets;
import cn.sz.dataexchange.api.assets.application.UploadingAsset;
import cn.sz.dataexchange.api.assets.application.ViewingAssets;
import cn.sz.dataexchange.api.assets.infrastructure.LocalFileAssetStorage;
import cn.sz.dataexchange.api.assets.infrastructure.R2dbcAssetRecords;
import cn.sz.dataexchange.api.assets.model.UploadLimits;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.database.DataDirectory;
import cn.sz.dataexchange.api.security.AccessRules;
import cn.sz.dataexchange.api.web.BodyLimit;
import cn.sz.dataexchange.api.security.MasterKey;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wiring of the assets area. */
@Configuration(proxyBeanMethods = false)
public class AssetsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssetsConfiguration.class);

    @Bean(destroyMethod = "dispose")
    Scheduler assetIoScheduler(AssetProperties properties) {
        return Schedulers.newBoundedElastic(properties.ioThreads(), 10_000, "asset-io", 60, true);
    }

    @Bean
    LocalFileAssetStorage assetStorage(AssetProperties properties, Environment environment) {
        Path root = properties.directory() == null || properties.directory().isBlank()
                ? DataDirectory.resolve(environment).resolve("assets")
                : Path.of(properties.directory()).toAbsolutePath().normalize();
        LocalFileAssetStorage storage = new LocalFileAssetStorage(root);
        int swept = storage.sweepStaging(properties.stagingMaxAge());
        if (swept > 0) {
            log.info("Removed {} interrupted uploads from {}", swept, root);
        }
        return storage;
    }

    @Bean
    R2dbcAssetRecords assetRecords(DatabaseClient db) {
        return new R2dbcAssetRecords(db);
    }

    @Bean
    DataKeys assetDataKeys(MasterKey masterKey) {
        return new DataKeys(masterKey);
    }

    @Bean
    BodyLimit assetUploadLimit(AssetProperties properties) {
        return BodyLimit.of(HttpMethod.POST, "/api/v1/assets", properties.maxSize().toBytes());
    }

    @Bean
    UploadingAsset uploadingAsset(LocalFileAssetStorage storage, AssetRecords records, DataKeys keys, AuditLog audit,
                                  TransactionalOperator tx, Clock clock,
                                  @Qualifier("assetIoScheduler") Scheduler io, AssetProperties properties) {
        AssetSettings settings = new AssetSettings(new UploadLimits(properties.maxSize().toBytes(), properties.formats()),
                properties.encryption(), (int) properties.segmentSize().toBytes(), 1 << 20);
        return new UploadingAsset(storage, records, keys, audit, tx, clock, io, settings);
    }

    @Bean
    ReadingAssets readingAssets(AssetRecords records, LocalFileAssetStorage storage, DataKeys keys,
                                @Qualifier("assetIoScheduler") Scheduler io) {
        return new ReadingAssets(records, storage, keys, io);
    }

    @Bean
    ViewingAssets viewingAssets(AssetRecords records) {
        return new ViewingAssets(records);
    }

    @Bean
    AccessRules assetAccessRules() {
        return ex -> ex
                .pathMatchers(HttpMethod.POST, "/api/v1/assets").hasRole(AccessRules.SELLER)
                .matchers(AccessRules.reading("/api/v1/assets", "/api/v1/assets/*/content")).hasRole(AccessRules.SELLER)
                .matchers(AccessRules.reading("/api/v1/assets/*"))
                .hasAnyRole(AccessRules.SELLER, AccessRules.ADMIN, AccessRules.REGULATOR);
    }
}
