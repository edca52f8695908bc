package cn.sz.dataexchange.api.review.infrastructure;

import cn.sz.dataexchange.api.review.application.QueueItem;
import cn.sz.dataexchange.api.review.application.ReviewQueue;
import cn.sz.dataexchange.api.review.application.RiskFlag;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidationReport;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The review queue read straight from the listing versions under review, oldest request first. */
public final class R2dbcReviewQueue implements ReviewQueue {

    private static final String UNDER_REVIEW = "v.status = 40 OR v.awaiting_reinstatement";

    private final DatabaseClient db;

    public R2dbcReviewQueue(DatabaseClient db) {
        this.db = db;
    }

    private static final String LATEST_RUN = """
             LEFT JOIN LATERAL (SELECT x.id, x.verdict, x.report, x.finished_at, x.found_children, x.found_sensitive,
                                       x.found_undeclared, x.found_below_k, x.found_public_overlap
                                FROM validation_runs x WHERE x.listing_id = v.listing_id
                                  AND x.version = v.version AND x.state = 30
                                ORDER BY x.finished_at DESC LIMIT 1) r ON true
            """;

    @Override
    public Mono<Page<QueueItem>> waiting(PageQuery page, Set<RiskFlag> flags, Optional<RiskFlag> sortBy) {
        StringBuilder where = new StringBuilder(" WHERE (" + UNDER_REVIEW + ")");
        flags.stream().sorted().forEach(f -> where.append(" AND ").append(f.condition()));
        String order = sortBy.filter(RiskFlag::found).map(f -> "coalesce(r." + f.foundColumn() + ", 0) DESC, ").orElse("")
                + "v.review_requested_at, v.listing_id";
        Mono<List<QueueItem>> items = db.sql("""
                        SELECT v.*, l.seller_org_id, o.name AS seller_name, r.id AS run_id, r.verdict, r.report,
                               r.finished_at, r.found_children, r.found_sensitive, r.found_undeclared, r.found_below_k,
                               r.found_public_overlap,
                               (SELECT array_agg(d.admin_client_id ORDER BY d.decided_at) FROM review_decisions d
                                 WHERE d.listing_id = v.listing_id AND d.version = v.version
                                   AND d.review_round = v.review_round AND d.decision = 10) AS approvers,
                               EXISTS (SELECT 1 FROM listing_versions p WHERE p.listing_id = v.listing_id
                                         AND p.version < v.version AND p.status IN (60, 70)) AS revision
                        FROM listing_versions v
                        JOIN listings l ON l.id = v.listing_id
                        JOIN organisations o ON o.id = l.seller_org_id
                        """ + LATEST_RUN + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(R2dbcReviewQueue::toItem).all().collectList();
        Mono<Long> total = db.sql("SELECT count(*) AS n FROM listing_versions v " + LATEST_RUN + where)
                .map(row -> row.get("n", Long.class)).one();
        return Mono.zip(items, total).map(t -> page.page(t.getT1(), t.getT2()));
    }

    private static QueueItem toItem(Readable row) {
        boolean sensitive = row.get("sensitive", Boolean.class);
        boolean biometric = row.get("biometric", Boolean.class);
        List<String> flags = new ArrayList<>();
        if (row.get("personal_data", Boolean.class)) {
            flags.add("PERSONAL_DATA");
        }
        if (sensitive) {
            flags.add("SENSITIVE_DATA");
        }
        if (biometric) {
            flags.add("BIOMETRIC_DATA");
        }
        if (row.get("minors", Boolean.class)) {
            flags.add("MINORS");
        }
        if (row.get("cross_border", Boolean.class)) {
            flags.add("CROSS_BORDER");
        }
        if (row.get("public_sources", Boolean.class)) {
            flags.add("PUBLIC_DATA_SOURCES");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RiskFlag flag : RiskFlag.values()) {
            if (flag.found()) {
                Long n = row.get(flag.foundColumn(), Long.class);
                counts.put(flag.name(), n == null ? 0L : n);
                if (n != null && n > 0) {
                    flags.add(flag.name());
                }
            }
        }
        String kind = row.get("status", Short.class) == 70 ? "REINSTATEMENT"
                : row.get("revision", Boolean.class) ? "REVISION" : "NEW";
        String[] approvers = row.get("approvers", String[].class);
        return new QueueItem(row.get("listing_id", UUID.class), row.get("version", Integer.class), kind,
                row.get("title", String.class), row.get("category", String.class), row.get("price_fen", Long.class),
                row.get("seller_org_id", UUID.class), row.get("seller_name", String.class),
                row.get("review_requested_at", Instant.class), validation(row), flags, counts, sensitive || biometric ? 2 : 1,
                approvers == null ? List.of() : List.of(approvers));
    }

    private static QueueItem.Validation validation(Readable row) {
        UUID run = row.get("run_id", UUID.class);
        if (run == null) {
            return null;
        }
        ValidationReport report = ValidatorJson.readReport(row.get("report", String.class));
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        List<String> warnings = new ArrayList<>();
        for (Finding f : report.findings()) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            if (f.severity() == Severity.WARNING && !warnings.contains(f.ruleId())) {
                warnings.add(f.ruleId());
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.name(), bySeverity.getOrDefault(s, 0L));
        }
        return new QueueItem.Validation(run, report.verdict().name(), report.evaluatedAt(), counts, warnings);
    }
}
