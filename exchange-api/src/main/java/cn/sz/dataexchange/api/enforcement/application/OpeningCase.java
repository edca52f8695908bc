package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseFacts;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseSource;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.enforcement.model.ListingVersionRef;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Opening a case from any source. The trades named must be sales of the respondent; their listing
 * versions are named with them. The same facts from the same kind of source never open a second
 * case: the dedup key is derived from them ({@link CaseFacts#dedupKey}).
 */
@Component
public class OpeningCase {

    private final CaseLifecycle lifecycle;
    private final Trades trades;
    private final Clock clock;

    public OpeningCase(CaseLifecycle lifecycle, Trades trades, Clock clock) {
        this.lifecycle = lifecycle;
        this.trades = trades;
        this.clock = clock;
    }

    /** An administrator's or regulator's own finding. */
    public record ManualFinding(int violatedArticle, UUID respondent, String reasons, List<ListingVersionRef> listings,
                                List<UUID> tradeIds) {
    }

    /** Opens a case on a manual finding; a finding whose facts opened a case already is refused (409, naming it). */
    public Mono<Result<EnforcementCase>> manual(ManualFinding finding, Caller caller) {
        var article = ViolatedArticle.ofNumber(finding.violatedArticle());
        if (article.isEmpty()) {
            return Mono.just(Result.refused(Refusal.invalidField("violatedArticle",
                    "must be 67 (penalised under Art. 94), 68 or 69 (penalised under Art. 95)")));
        }
        if (finding.listings().isEmpty() && finding.tradeIds().isEmpty()) {
            return Mono.just(Result.refused(Refusal.invalidField("tradeIds",
                    "a case names at least one trade or listing version")));
        }
        OrgId respondent = new OrgId(finding.respondent());
        return factsOf(article.get(), respondent, finding.listings(), finding.tradeIds())
                .flatMap(facts -> facts instanceof Result.Accepted<CaseFacts> ok
                        ? open(ok.value(), CaseSource.MANUAL_FINDING, "manual", finding.reasons(), caller.actor(),
                                Map.of("reasons", finding.reasons()))
                        .map(opened -> opened.created() ? Result.accepted(opened.found())
                                : Result.<EnforcementCase>refused(alreadyOpen(opened.found())))
                        : Mono.just(facts.map(f -> null)));
    }

    /** The facts with the listing versions of the trades named, once every trade is checked to be the respondent's sale. */
    public Mono<Result<CaseFacts>> factsOf(ViolatedArticle article, OrgId respondent, List<ListingVersionRef> listings,
                                           List<UUID> tradeIds) {
        return Flux.fromIterable(tradeIds).concatMap(id -> trades.find(new TradeId(id))
                        .map(Result::accepted)
                        .defaultIfEmpty(Result.refused(Refusal.invalidField("tradeIds", id + " names no trade"))))
                .collectList()
                .map(found -> {
                    List<ListingVersionRef> named = new ArrayList<>(listings);
                    for (Result<Trade> r : found) {
                        if (!(r instanceof Result.Accepted<Trade> ok)) {
                            return r.map(t -> (CaseFacts) null);
                        }
                        Trade trade = ok.value();
                        if (!trade.seller().equals(respondent)) {
                            return Result.refused(Refusal.invalidField("tradeIds",
                                    trade.id() + " is not a sale of the respondent " + respondent));
                        }
                        named.add(new ListingVersionRef(trade.product().listingId(), trade.product().version()));
                    }
                    return Result.accepted(CaseFacts.of(article, respondent, named, tradeIds));
                });
    }

    /** Opens (or finds) the case of these facts; {@code scope} separates kinds of source in the dedup key. */
    public Mono<CaseLifecycle.Opened> open(CaseFacts facts, CaseSource source, String scope, String summary,
                                           String actor, Map<String, ?> details) {
        EnforcementCase opened = EnforcementCase.opened(CaseId.random(), facts, source, facts.dedupKey(scope), summary,
                actor, clock.instant());
        return lifecycle.open(opened, details);
    }

    private static Refusal alreadyOpen(EnforcementCase existing) {
        return Refusal.of(Refusal.Reason.CONFLICT, "case-exists", "Case exists",
                        "Case " + existing.id() + " was opened on the same facts; a second case is not opened")
                .with("caseId", existing.id().toString());
    }
}
