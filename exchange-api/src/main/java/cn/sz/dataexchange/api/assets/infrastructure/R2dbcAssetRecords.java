package cn.sz.dataexchange.api.assets.infrastructure;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.assets.model.AssetEncryption;
import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.validator.model.AssetFormat;
import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The asset register in PostgreSQL. */
public final class R2dbcAssetRecords implements AssetRecords {

    private final DatabaseClient db;

    public R2dbcAssetRecords(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<DataAsset> insert(DataAsset a, String actor) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO data_assets (id, owner_org_id, file_name, format, bytes, sha256, header,
                                                 data_key_sealed, segment_bytes, uploaded_at, uploaded_by)
                        VALUES (:id, :owner, :name, :format, :bytes, :sha256, :header, :key, :segment, :at, :by)""")
                .bind("id", a.id()).bind("owner", a.owner().value())
                .bind("format", formatCode(a.format())).bind("bytes", a.bytes()).bind("sha256", a.sha256())
                .bind("header", a.header().toArray(String[]::new)).bind("at", a.uploadedAt()).bind("by", actor);
        spec = a.fileName() == null ? spec.bindNull("name", String.class) : spec.bind("name", a.fileName());
        if (a.encrypted()) {
            spec = spec.bind("key", ByteBuffer.wrap(a.encryption().sealedDataKey()))
                    .bind("segment", a.encryption().segmentBytes());
        } else {
            spec = spec.bindNull("key", ByteBuffer.class).bindNull("segment", Integer.class);
        }
        return spec.then().thenReturn(a);
    }

    @Override
    public Mono<DataAsset> find(UUID id) {
        return db.sql("SELECT * FROM data_assets WHERE id = :id").bind("id", id).map(R2dbcAssetRecords::toAsset).one();
    }

    @Override
    public Mono<Page<DataAsset>> ownedBy(OrgId owner, PageQuery page) {
        Mono<List<DataAsset>> items = db.sql("""
                        SELECT * FROM data_assets WHERE owner_org_id = :owner
                        ORDER BY uploaded_at DESC, id LIMIT :limit OFFSET :offset""")
                .bind("owner", owner.value()).bind("limit", page.size()).bind("offset", page.offset())
                .map(R2dbcAssetRecords::toAsset).all().collectList();
        Mono<Long> total = db.sql("SELECT count(*) AS n FROM data_assets WHERE owner_org_id = :owner")
                .bind("owner", owner.value()).map(row -> row.get("n", Long.class)).one();
        return Mono.zip(items, total).map(t -> page.page(t.getT1(), t.getT2()));
    }

    static short formatCode(AssetFormat format) {
        return switch (format) {
            case CSV -> 10;
            case JSON_LINES -> 20;
        };
    }

    static AssetFormat formatOf(short code) {
        return switch (code) {
            case 10 -> AssetFormat.CSV;
            case 20 -> AssetFormat.JSON_LINES;
            default -> throw new IllegalStateException("unknown asset format code " + code);
        };
    }

    private static DataAsset toAsset(Readable row) {
        ByteBuffer key = row.get("data_key_sealed", ByteBuffer.class);
        AssetEncryption encryption = null;
        if (key != null) {
            byte[] sealed = new byte[key.remaining()];
            key.get(sealed);
            encryption = new AssetEncryption(sealed, row.get("segment_bytes", Integer.class));
        }
        return new DataAsset(row.get("id", UUID.class), new OrgId(row.get("owner_org_id", UUID.class)),
                row.get("file_name", String.class), formatOf(row.get("format", Short.class)),
                row.get("bytes", Long.class), row.get("sha256", String.class),
                List.of(row.get("header", String[].class)), encryption, row.get("uploaded_at", Instant.class));
    }
}
