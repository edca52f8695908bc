package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.application.Organisations;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.listings.application.ListedProducts;
import cn.sz.dataexchange.api.listings.application.ListedProducts.ProductVersion;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.SchedulerProperties;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.application.TradeContracts.StoredContract;
import cn.sz.dataexchange.api.trading.model.PurchasedVersion;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeSteps;
import cn.sz.dataexchange.api.trading.model.TradingConditions;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A buyer orders a listed product version for a declared purpose (Art. 16) and territory (Art. 82),
 * stating the trading conditions Art. 69 compares. The trade starts REQUESTED with its contract
 * drafted and the signing deadline running.
 */
@Component
public class PlacingOrder {

    private final ListedProducts products;
    private final Organisations organisations;
    private final DraftingContract drafting;
    private final Trades trades;
    private final TradeContracts contracts;
    private final TradeHistory history;
    private final AuditLog audit;
    private final TradeNotices notices;
    private final ScheduledTasks tasks;
    private final SchedulerProperties scheduler;
    private final TradingProperties properties;
    private final TransactionalOperator tx;
    private final Clock clock;

    public PlacingOrder(ListedProducts products, Organisations organisations, DraftingContract drafting, Trades trades,
                        TradeContracts contracts, TradeHistory history, AuditLog audit, TradeNotices notices,
                        ScheduledTasks tasks, SchedulerProperties scheduler, TradingProperties properties,
                        TransactionalOperator tx, Clock clock) {
        this.products = products;
        this.organisations = organisations;
        this.drafting = drafting;
        this.trades = trades;
        this.contracts = contracts;
        this.history = history;
        this.audit = audit;
        this.notices = notices;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** The order as the buyer states it; absent conditions take defaults (security 3, cost 0, GOOD, "exchange", licence term). */
    public record PlaceOrder(UUID listingId, String purpose, List<String> territory, Integer securityLevel,
                             Long tradingCostFen, CreditStatus creditStatus, String tradeLink, Integer durationDays) {
    }

    public Mono<Result<Trade>> place(PlaceOrder order, Caller caller) {
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Orders are placed by member organisations")));
        }
        List<String> territory = order.territory() == null || order.territory().isEmpty() ? List.of("CN")
                : order.territory().stream().distinct().toList();
        Mono<Result<Trade>> work = organisations.find(caller.orgId().get())
                .zipWith(products.onSale(order.listingId()))
                .flatMap(found -> checked(new OrderFacts(found.getT1(), found.getT2(), order.purpose(), territory), order,
                        caller.actor()))
                .switchIfEmpty(Mono.fromSupplier(() -> Result.refused(OrderPolicies.notOnSale(order.listingId().toString()))));
        return tx.transactional(work);
    }

    private Mono<Result<Trade>> checked(OrderFacts facts, PlaceOrder order, String actor) {
        var refusal = OrderPolicies.firstRefusal(facts);
        if (refusal.isPresent()) {
            return Mono.just(Result.refused(refusal.get()));
        }
        ProductVersion product = facts.product();
        Result<TradingConditions> conditions = TradingConditions.of(order.securityLevel(), order.tradingCostFen(),
                order.creditStatus(), order.tradeLink(), order.durationDays(), product.licence().durationDays());
        if (!(conditions instanceof Result.Accepted<TradingConditions> accepted)) {
            return Mono.just(conditions.map(c -> null));
        }
        ListedProducts.PurposeCheck check = ListedProducts.checkPurpose(product, facts.purpose());
        return check.allowed()
                ? organisations.find(product.seller()).flatMap(seller -> create(facts, seller, accepted.value(), actor))
                : Mono.just(Result.refused(OrderPolicies.purposeNotCovered(check.article(), check.reason())));
    }

    private Mono<Result<Trade>> create(OrderFacts facts, Organisation seller, TradingConditions conditions,
                                       String actor) {
        ProductVersion p = facts.product();
        TradeId id = TradeId.random();
        Result<StoredContract> contract = drafting.draft(id, p, seller, facts.buyer(), facts.purpose(), facts.territory());
        if (!(contract instanceof Result.Accepted<StoredContract> drafted)) {
            return Mono.just(contract.map(c -> null));
        }
        Instant now = clock.instant();
        PurchasedVersion version = new PurchasedVersion(p.listingId(), p.version(), p.title(), p.assetId(),
                p.assetSha256(), p.assetBytes());
        Trade trade = Trade.placed(id, version, p.seller(), facts.buyer().id(), p.priceFen(), facts.purpose(),
                facts.territory(), conditions, properties.deadlines().policy()
                        .onEntering(TradeState.REQUESTED, TradeEvent.ORDER_PLACED, now), now);
        Map<String, Object> details = Map.of("listingId", p.listingId().toString(), "listingVersion", p.version(),
                "priceFen", p.priceFen(), "purpose", facts.purpose(), "contractId", drafted.value().contractId(),
                "contractSha256", drafted.value().digestHex());
        return trades.insert(trade)
                .then(contracts.saveContract(id, drafted.value()))
                .then(history.append(id, new TradeHistory.Entry(TradeEvent.ORDER_PLACED, null, TradeState.REQUESTED,
                        actor, null, "{}", now)))
                .then(audit.append(id.stream(), actor, TradeEvent.ORDER_PLACED.dottedName(), details))
                .then(notices.toBothParties(trade, TradeEvent.ORDER_PLACED.dottedName(), details))
                .then(Mono.defer(() -> trade.deadline().map(d -> tasks.schedule(ScheduledTask.due(TradeSteps.DEADLINE,
                        id.stream(), "{\"kind\":\"" + d.kind().name() + "\"}", d.at(), scheduler.maxAttempts())))
                        .orElse(Mono.empty())))
                .thenReturn(Result.accepted(trade));
    }
}
