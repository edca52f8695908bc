package cn.sz.dataexchange.api.publicdata.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.publicdata.model.PublicDataEntry;
import cn.sz.dataexchange.api.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An administrator imports catalog entries on behalf of the public-data authority: entries are
 * created or replaced by id, all in one transaction with one audit record.
 */
public final class ImportingCatalogEntries {

    public static final String STREAM = "public-data-catalog";

    private final PublicDataEntries entries;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ImportingCatalogEntries(PublicDataEntries entries, AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** An entry to import; the open category is one of UNCONDITIONAL, CONDITIONAL, NON_OPEN. */
    public record ImportEntry(String id, String title, String providingAgency,
                              cn.sz.dataexchange.api.publicdata.model.OpenCategoryCode openCategory, String conditions) {
    }

    /** How many entries were new and how many replaced. */
    public record Imported(int created, int updated) {
    }

    public Mono<Imported> importEntries(Caller admin, List<ImportEntry> batch) {
        var now = clock.instant();
        Mono<Imported> work = Flux.fromIterable(batch)
                .concatMap(e -> entries.upsert(new PublicDataEntry(e.id(), e.title(), e.providingAgency(),
                        e.openCategory(), e.conditions(), now), admin.actor()))
                .reduce(new Imported(0, 0), (sum, created) -> created
                        ? new Imported(sum.created() + 1, sum.updated()) : new Imported(sum.created(), sum.updated() + 1))
                .flatMap(imported -> audit.append(STREAM, admin.actor(), "public-data.catalog-imported", Map.of(
                                "created", imported.created(), "updated", imported.updated(),
                                "ids", batch.stream().map(ImportEntry::id).limit(1000).toList()))
                        .thenReturn(imported));
        return tx.transactional(work);
    }
}
