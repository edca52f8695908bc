package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.enforcement.model.CaseSource;
import cn.sz.dataexchange.api.enforcement.model.Complaint;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.TradeId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Complaints: a buyer files about its own trade (another's trade is 404, as an unknown one), an
 * administrator on behalf of a data subject; an administrator turns a complaint into a case against
 * the trade's seller, once (the case's dedup key is the complaint's).
 */
@Component
public class FilingComplaint {

    private final Complaints complaints;
    private final Trades trades;
    private final OpeningCase opening;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public FilingComplaint(Complaints complaints, Trades trades, OpeningCase opening, AuditLog audit,
                           TransactionalOperator tx, Clock clock) {
        this.complaints = complaints;
        this.trades = trades;
        this.opening = opening;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public record File(UUID tradeId, int violatedArticle, String text, Optional<String> subjectReference) {
    }

    public Mono<Result<Complaint>> file(File file, Caller caller) {
        var article = ViolatedArticle.ofNumber(file.violatedArticle());
        if (article.isEmpty()) {
            return Mono.just(Result.refused(Refusal.invalidField("violatedArticle", "must be 67, 68 or 69")));
        }
        boolean admin = caller.has(Role.ADMIN);
        if (admin && file.subjectReference().filter(s -> !s.isBlank()).isEmpty()) {
            return Mono.just(Result.refused(Refusal.invalidField("subjectReference",
                    "an administrator files on behalf of a data subject and names the subject's reference")));
        }
        return trades.find(new TradeId(file.tradeId()))
                .filter(trade -> admin || caller.orgId().map(trade.buyer()::equals).orElse(false))
                .map(trade -> {
                    Complaint complaint = new Complaint(UUID.randomUUID(),
                            admin ? Complaint.Kind.ON_BEHALF_OF_SUBJECT : Complaint.Kind.BUYER,
                            admin ? Optional.empty() : caller.orgId(), caller.actor(),
                            admin ? file.subjectReference() : Optional.empty(), file.tradeId(), article.get(),
                            file.text(), clock.instant(), Optional.empty());
                    return complaint;
                })
                .flatMap(complaint -> tx.transactional(complaints.insert(complaint)
                        .then(audit.append("complaint:" + complaint.id(), caller.actor(), "complaint.filed",
                                Map.of("complaintId", complaint.id().toString(), "tradeId", complaint.tradeId().toString(),
                                        "article", complaint.article().number(), "kind", complaint.kind().name())))
                        .thenReturn(Result.accepted(complaint))))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Trade", file.tradeId())));
    }

    public Mono<Page<Complaint>> list(Caller caller, PageQuery page) {
        if (caller.isPlatformStaff()) {
            return complaints.list(Optional.empty(), page);
        }
        return caller.orgId().isPresent() ? complaints.list(caller.orgId(), page) : Mono.just(page.page(List.of(), 0));
    }

    /** Opens the case of a complaint against the trade's seller; a complaint already turned into a case is 409. */
    public Mono<Result<EnforcementCase>> openCase(UUID complaintId, String reasons, Caller caller) {
        Mono<Result<EnforcementCase>> work = complaints.find(complaintId).flatMap(complaint -> {
            if (complaint.caseId().isPresent()) {
                return Mono.just(Result.<EnforcementCase>refused(alreadyACase(complaint)));
            }
            return trades.find(new TradeId(complaint.tradeId())).flatMap(trade -> opening
                    .factsOf(complaint.article(), trade.seller(), List.of(), List.of(complaint.tradeId()))
                    .flatMap(facts -> facts instanceof Result.Accepted<?> ok
                            ? opening.open(((Result.Accepted<cn.sz.dataexchange.api.enforcement.model.CaseFacts>) facts)
                                            .value(), CaseSource.COMPLAINT, "complaint:" + complaintId, reasons,
                                    caller.actor(), Map.of("complaintId", complaintId.toString(), "reasons", reasons))
                            .flatMap(opened -> complaints.link(complaintId, opened.found().id())
                                    .thenReturn(Result.accepted(opened.found())))
                            : Mono.just(facts.map(f -> (EnforcementCase) null))));
        }).defaultIfEmpty(Result.refused(Refusal.notFound("Complaint", complaintId)));
        return tx.transactional(work);
    }

    private static Refusal alreadyACase(Complaint complaint) {
        return Refusal.of(Refusal.Reason.CONFLICT, "case-exists", "Case exists",
                "Complaint " + complaint.id() + " was turned into case " + complaint.caseId().orElseThrow())
                .with("caseId", complaint.caseId().orElseThrow().toString());
    }
}
