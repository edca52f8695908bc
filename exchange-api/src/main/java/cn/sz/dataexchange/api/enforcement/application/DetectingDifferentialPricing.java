package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.ActualNeed;
import cn.sz.dataexchange.api.enforcement.model.CaseFacts;
import cn.sz.dataexchange.api.enforcement.model.CaseSource;
import cn.sz.dataexchange.api.enforcement.model.ListingVersionRef;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.trading.application.RecordedTradingConditions;
import cn.sz.dataexchange.api.trading.application.RecordedTradingConditions.Recorded;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.pricing.DifferentialPricingDetector;
import cn.sz.dataexchange.settlement.pricing.DifferentialPricingFinding;
import cn.sz.dataexchange.settlement.pricing.DifferentialPricingPolicy;
import cn.sz.dataexchange.settlement.pricing.ExemptionClaim;
import cn.sz.dataexchange.settlement.pricing.PriceComparison;
import cn.sz.dataexchange.settlement.pricing.PricedTrade;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Art. 69 detection run (ADR 0081): the recorded trades stream in seller, listing, list-price
 * order; each group (one seller, one listing, one list price) goes through the settlement module's
 * detector off the event loop, so only one group is in memory at a time and a general change of the
 * list price is never compared as discrimination. Each finding opens an Art. 95 case against the
 * seller naming the evidence trades, or finds the case its facts opened before. Sellers' free-text
 * claims are never passed as exemptions: the item-1 exemption needs a need from the published
 * vocabulary confirmed by staff in a case ({@link ConfirmedNeeds}), passed as that trade's declared need.
 */
@Component
public class DetectingDifferentialPricing {

    public static final String SCOPE = "art69";

    private final RecordedTradingConditions recorded;
    private final DetectionRuns runs;
    private final OpeningCase opening;
    private final ConfirmedNeeds needs;
    private final Clock clock;
    private final DifferentialPricingPolicy policy = DifferentialPricingPolicy.standard();
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public DetectingDifferentialPricing(RecordedTradingConditions recorded, DetectionRuns runs, OpeningCase opening,
                                        ConfirmedNeeds needs, Clock clock) {
        this.recorded = recorded;
        this.runs = runs;
        this.opening = opening;
        this.needs = needs;
        this.clock = clock;
    }

    public String policyText() {
        return policy.toString();
    }

    /** Runs the detection for a started run and finishes it (COMPLETED with its counts, or FAILED with the error). */
    public Mono<DetectionRuns.Counts> execute(UUID runId, String actor) {
        AtomicLong trades = new AtomicLong();
        AtomicLong groups = new AtomicLong();
        AtomicLong pairs = new AtomicLong();
        AtomicInteger findings = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        DifferentialPricingDetector detector = new DifferentialPricingDetector(policy);
        return needs.all().flatMapMany(confirmed -> recorded.inSellerListingOrder()
                .doOnNext(r -> trades.incrementAndGet())
                .bufferUntilChanged(r -> List.of(r.seller(), r.listingId(), r.listPriceFen()))
                .concatMap(group -> Mono.fromCallable(() -> detect(detector, group, confirmed))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMapMany(result -> {
                            groups.incrementAndGet();
                            pairs.addAndGet(result.pairs());
                            return Flux.fromIterable(result.findings());
                        }), 2))
                .concatMap(found -> record(runId, findings.incrementAndGet(), found, actor)
                        .doOnNext(created -> {
                            if (created) {
                                opened.incrementAndGet();
                            }
                        }))
                .then(Mono.fromSupplier(() -> new DetectionRuns.Counts(trades.get(), groups.get(), pairs.get(),
                        findings.get(), opened.get())))
                .flatMap(counts -> runs.finish(runId, counts, "COMPLETED", Optional.empty(), clock.instant())
                        .thenReturn(counts))
                .onErrorResume(error -> runs.finish(runId, new DetectionRuns.Counts(trades.get(), groups.get(),
                                pairs.get(), findings.get(), opened.get()), "FAILED", Optional.of(String.valueOf(error)),
                        clock.instant()).then(Mono.error(error)));
    }

    private record GroupResult(List<Found> findings, long pairs) {
    }

    private record Found(DifferentialPricingFinding finding, List<Recorded> evidence) {
    }

    private static GroupResult detect(DifferentialPricingDetector detector, List<Recorded> group,
                                      Map<UUID, ActualNeed> confirmed) {
        if (group.size() < 2) {
            return new GroupResult(List.of(), 0);
        }
        Map<String, Recorded> byId = new HashMap<>();
        List<PricedTrade> priced = new ArrayList<>(group.size());
        for (Recorded r : group) {
            byId.put(r.tradeId().toString(), r);
            priced.add(new PricedTrade(r.tradeId().toString(), r.seller().toString(), r.buyer().toString(),
                    r.listingId() + "@list-price:" + r.listPriceFen(), Money.ofFen(r.priceFen()), r.tradedAt(),
                    r.conditions().forArticle69(), Optional.ofNullable(confirmed.get(r.tradeId()))
                            .map(need -> new ExemptionClaim.DeclaredNeeds(need.name()))));
        }
        var report = detector.detect(priced);
        List<Found> found = report.findings().stream()
                .map(f -> new Found(f, f.evidenceTradeIds().stream().map(byId::get).toList())).toList();
        return new GroupResult(found, report.pairsCompared());
    }

    private Mono<Boolean> record(UUID runId, int seq, Found found, String actor) {
        Recorded first = found.evidence().get(0);
        List<UUID> tradeIds = found.evidence().stream().map(Recorded::tradeId).toList();
        List<ListingVersionRef> versions = found.evidence().stream()
                .map(r -> new ListingVersionRef(r.listingId(), r.listingVersion())).distinct().toList();
        CaseFacts facts = CaseFacts.of(ViolatedArticle.ART_69, new OrgId(first.seller()), versions, tradeIds);
        DifferentialPricingFinding f = found.finding();
        String summary = "Art. 69 detection: " + f.comparisons().size() + " comparison(s) of trades of listing "
                + first.listingId() + " at one list price of " + Money.ofFen(first.listPriceFen()).toDisplayString()
                + ": prices from " + f.lowestPrice().toDisplayString() + " to " + f.highestPrice().toDisplayString()
                + " (spread up to " + f.largestSpreadBps() + " bp) to counterparties with the same trading conditions; "
                + f.disadvantagedCounterparties().size() + " counterparty(ies) paid more";
        String evidence = json.writeValueAsString(evidence(f));
        return opening.open(facts, CaseSource.ART69_DETECTION, SCOPE, summary, actor,
                        Map.of("runId", runId.toString(), "legalBasis", DifferentialPricingFinding.LEGAL_BASIS))
                .flatMap(opened -> runs.addFinding(runId, new DetectionRuns.Finding(seq, first.seller(),
                                first.listingId(), first.listPriceFen(), evidence, tradeIds, opened.found().id().value(),
                                opened.created()))
                        .thenReturn(opened.created()));
    }

    private static List<Map<String, Object>> evidence(DifferentialPricingFinding f) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (PriceComparison c : f.comparisons()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("cheaperTrade", c.cheaper().tradeId());
            pair.put("cheaperPriceFen", c.cheaper().price().fen());
            pair.put("cheaperCounterparty", c.cheaper().counterpartyId());
            pair.put("dearerTrade", c.dearer().tradeId());
            pair.put("dearerPriceFen", c.dearer().price().fen());
            pair.put("dearerCounterparty", c.dearer().counterpartyId());
            pair.put("spreadFen", c.spread().fen());
            pair.put("spreadBps", c.spreadBps());
            pair.put("notes", c.notes());
            pairs.add(pair);
        }
        return pairs;
    }
}
