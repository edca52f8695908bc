package cn.sz.dataexchange.api.publicdata.infrastructure;

import cn.sz.dataexchange.api.publicdata.application.PublicDataEntries;
import cn.sz.dataexchange.api.publicdata.model.OpenCategoryCode;
import cn.sz.dataexchange.api.publicdata.model.PublicDataEntry;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The public data catalog in PostgreSQL. */
public final class R2dbcPublicDataEntries implements PublicDataEntries {

    private final DatabaseClient db;

    public R2dbcPublicDataEntries(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> upsert(PublicDataEntry e, String actor) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO public_data_catalog (id, title, providing_agency, open_category, conditions,
                                                         updated_at, updated_by)
                        VALUES (:id, :title, :agency, :category, :conditions, :at, :by)
                        ON CONFLICT (id) DO UPDATE SET title = excluded.title, providing_agency = excluded.providing_agency,
                            open_category = excluded.open_category, conditions = excluded.conditions,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                            version = public_data_catalog.version + 1
                        RETURNING (xmax = 0) AS created""")
                .bind("id", e.id()).bind("title", e.title()).bind("agency", e.providingAgency())
                .bind("category", (short) e.openCategory().code()).bind("at", e.updatedAt()).bind("by", actor);
        spec = e.conditions() == null ? spec.bindNull("conditions", String.class) : spec.bind("conditions", e.conditions());
        return spec.map(row -> row.get("created", Boolean.class)).one();
    }

    @Override
    public Mono<List<PublicDataEntry>> findAll(Collection<String> ids) {
        return db.sql("SELECT * FROM public_data_catalog WHERE id = ANY(:ids)")
                .bind("ids", ids.toArray(String[]::new))
                .map(R2dbcPublicDataEntries::toEntry).all().collectList();
    }

    @Override
    public Mono<Page<PublicDataEntry>> list(Optional<OpenCategoryCode> category, PageQuery page) {
        String where = category.isPresent() ? " WHERE open_category = :category" : "";
        DatabaseClient.GenericExecuteSpec items = db.sql("SELECT * FROM public_data_catalog" + where
                + " ORDER BY id LIMIT :limit OFFSET :offset").bind("limit", page.size()).bind("offset", page.offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM public_data_catalog" + where);
        if (category.isPresent()) {
            items = items.bind("category", (short) category.get().code());
            count = count.bind("category", (short) category.get().code());
        }
        return Mono.zip(items.map(R2dbcPublicDataEntries::toEntry).all().collectList(),
                count.map(row -> row.get("n", Long.class)).one()).map(t -> page.page(t.getT1(), t.getT2()));
    }

    private static PublicDataEntry toEntry(Readable row) {
        return new PublicDataEntry(row.get("id", String.class), row.get("title", String.class),
                row.get("providing_agency", String.class), OpenCategoryCode.ofCode(row.get("open_category", Short.class)),
                row.get("conditions", String.class), row.get("updated_at", Instant.class));
    }
}
