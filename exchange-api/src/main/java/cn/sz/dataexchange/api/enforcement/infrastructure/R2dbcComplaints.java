package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.Complaints;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.Complaint;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcComplaints implements Complaints {

    private final DatabaseClient db;

    R2dbcComplaints(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(Complaint c) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO enforcement_complaints (id, kind, complainant_org, filed_by, subject_reference, trade_id,
                                                            violated_article, text, filed_at)
                        VALUES (:id, :kind, :complainant, :by, :subject, :trade, :article, :text, :at)""")
                .bind("id", c.id()).bind("kind", (short) c.kind().code()).bind("by", c.filedBy())
                .bind("trade", c.tradeId()).bind("article", (short) c.article().number()).bind("text", c.text())
                .bind("at", c.filedAt());
        spec = c.complainant().isPresent() ? spec.bind("complainant", c.complainant().get().value())
                : spec.bindNull("complainant", UUID.class);
        spec = c.subjectReference().isPresent() ? spec.bind("subject", c.subjectReference().get())
                : spec.bindNull("subject", String.class);
        return spec.then();
    }

    @Override
    public Mono<Complaint> find(UUID id) {
        return db.sql("SELECT * FROM enforcement_complaints WHERE id = :id").bind("id", id)
                .map(R2dbcComplaints::toComplaint).one();
    }

    @Override
    public Mono<Page<Complaint>> list(Optional<OrgId> complainant, PageQuery page) {
        String where = complainant.isPresent() ? " WHERE complainant_org = :org" : "";
        DatabaseClient.GenericExecuteSpec items = db.sql("SELECT * FROM enforcement_complaints" + where
                        + " ORDER BY filed_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM enforcement_complaints" + where);
        if (complainant.isPresent()) {
            items = items.bind("org", complainant.get().value());
            count = count.bind("org", complainant.get().value());
        }
        return Mono.zip(items.map(R2dbcComplaints::toComplaint).all().collectList(),
                        count.map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Mono<Boolean> link(UUID complaint, CaseId caseId) {
        return db.sql("UPDATE enforcement_complaints SET case_id = :case WHERE id = :id AND case_id IS NULL")
                .bind("case", caseId.value()).bind("id", complaint)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    private static Complaint toComplaint(Readable row) {
        UUID complainant = row.get("complainant_org", UUID.class);
        UUID caseId = row.get("case_id", UUID.class);
        return new Complaint(row.get("id", UUID.class), Complaint.Kind.ofCode(row.get("kind", Short.class)),
                Optional.ofNullable(complainant).map(OrgId::new), row.get("filed_by", String.class),
                Optional.ofNullable(row.get("subject_reference", String.class)), row.get("trade_id", UUID.class),
                ViolatedArticle.ofNumber(row.get("violated_article", Short.class)).orElseThrow(),
                row.get("text", String.class), row.get("filed_at", Instant.class),
                Optional.ofNullable(caseId).map(CaseId::new));
    }
}
