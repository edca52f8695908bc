package cn.sz.dataexchange.api.trading.web;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.trading.application.AcceptingDelivery;
import cn.sz.dataexchange.api.trading.application.CancellingTrade;
import cn.sz.dataexchange.api.trading.application.ConfirmingReceipt;
import cn.sz.dataexchange.api.trading.application.OpeningDispute;
import cn.sz.dataexchange.api.trading.application.PlacingOrder;
import cn.sz.dataexchange.api.trading.application.ResolvingDispute;
import cn.sz.dataexchange.api.trading.application.SigningContract;
import cn.sz.dataexchange.api.trading.application.ViewingTrades;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.web.TradeRequests.DisputeRequest;
import cn.sz.dataexchange.api.trading.web.TradeRequests.JwsRequest;
import cn.sz.dataexchange.api.trading.web.TradeRequests.PlaceOrderRequest;
import cn.sz.dataexchange.api.trading.web.TradeRequests.ReasonRequest;
import cn.sz.dataexchange.api.trading.web.TradeRequests.ResolutionRequest;
import cn.sz.dataexchange.api.trading.web.TradeViews.EventView;
import cn.sz.dataexchange.api.trading.web.TradeViews.TradeView;
import cn.sz.dataexchange.api.web.Idempotency;
import cn.sz.dataexchange.contracts.rendering.ContractRendering;
import cn.sz.dataexchange.contracts.rendering.Language;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Trades: ordering, the contract and its signatures, receipt, acceptance, disputes, cancellation, history. */
@RestController
public class TradeController {

    private final PlacingOrder placing;
    private final SigningContract signing;
    private final ConfirmingReceipt receipts;
    private final AcceptingDelivery accepting;
    private final OpeningDispute disputes;
    private final CancellingTrade cancelling;
    private final ResolvingDispute resolving;
    private final ViewingTrades viewing;
    private final Idempotency idempotency;
    private final JsonMapper json;

    public TradeController(PlacingOrder placing, SigningContract signing, ConfirmingReceipt receipts,
                           AcceptingDelivery accepting, OpeningDispute disputes, CancellingTrade cancelling,
                           ResolvingDispute resolving, ViewingTrades viewing, Idempotency idempotency, JsonMapper json) {
        this.placing = placing;
        this.signing = signing;
        this.receipts = receipts;
        this.accepting = accepting;
        this.disputes = disputes;
        this.cancelling = cancelling;
        this.resolving = resolving;
        this.viewing = viewing;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Operation(summary = "Order a listed product version (buyer; Idempotency-Key required); the contract is drafted")
    @PostMapping("/api/v1/trades")
    public Mono<ResponseEntity<?>> place(@Valid @RequestBody PlaceOrderRequest body,
                                         @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                         @AuthenticationPrincipal Caller caller) {
        var conditions = Optional.ofNullable(body.tradingConditions());
        var order = new PlacingOrder.PlaceOrder(body.listingId(), body.purpose(), body.territory(),
                conditions.map(TradeRequests.TradingConditionsRequest::securityLevel).orElse(null),
                conditions.map(TradeRequests.TradingConditionsRequest::tradingCostFen).orElse(null),
                conditions.map(TradeRequests.TradingConditionsRequest::creditStatus).orElse(null),
                conditions.map(TradeRequests.TradingConditionsRequest::tradeLink).orElse(null),
                conditions.map(TradeRequests.TradingConditionsRequest::durationDays).orElse(null));
        return idempotency.once("client:" + caller.clientId() + ":trades.place", key, true, body,
                () -> placing.place(order, caller).map(result -> {
                    TradeView view = TradeView.of(result.orElseThrow());
                    return ResponseEntity.created(URI.create("/api/v1/trades/" + view.id())).body(view);
                }));
    }

    @Operation(summary = "Your organisation's trades (all, for platform staff), newest first")
    @GetMapping("/api/v1/trades")
    public Mono<Page<TradeView>> list(@RequestParam(required = false) TradeState state,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @AuthenticationPrincipal Caller caller) {
        return viewing.list(caller, Optional.ofNullable(state), PageQuery.of(page, size).orElseThrow())
                .map(r -> r.orElseThrow().map(TradeView::of));
    }

    @Operation(summary = "A trade (its parties and platform staff)")
    @GetMapping("/api/v1/trades/{id}")
    public Mono<TradeView> one(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(new TradeId(id), caller).map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "The contract: the signed JSON envelope, or ?format=zh|en for the rendering bound to its digest")
    @GetMapping("/api/v1/trades/{id}/contract")
    public Mono<ResponseEntity<String>> contract(@PathVariable UUID id, @RequestParam(required = false) String format,
                                                 @AuthenticationPrincipal Caller caller) {
        if (format != null && !List.of("json", "zh", "en").contains(format)) {
            return Mono.error(Refusal.invalidField("format", "must be json, zh or en").toException());
        }
        return viewing.contract(new TradeId(id), caller).flatMap(r -> {
            var signed = r.orElseThrow();
            if (format == null || format.equals("json")) {
                return Mono.just(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(ContractViews.envelope(signed)));
            }
            Language language = format.equals("zh") ? Language.ZH : Language.EN;
            // The first rendering loads the templates from the jar: off the event loop.
            return Mono.fromCallable(() -> ContractRendering.render(signed.contract(), language))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(text -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                            .body(text));
        });
    }

    @Operation(summary = "Sign the contract (seller or buyer): a detached JWS over its canonical bytes")
    @PostMapping("/api/v1/trades/{id}/signatures")
    public Mono<TradeView> sign(@PathVariable UUID id, @Valid @RequestBody JwsRequest body,
                                @AuthenticationPrincipal Caller caller) {
        return signing.sign(new TradeId(id), body.jws(), caller).map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "Confirm receipt (buyer): a JWS over the delivered file's SHA-256 and size")
    @PostMapping("/api/v1/trades/{id}/receipt")
    public Mono<TradeView> receipt(@PathVariable UUID id, @Valid @RequestBody JwsRequest body,
                                   @AuthenticationPrincipal Caller caller) {
        return receipts.confirm(new TradeId(id), body.jws(), caller).map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "Accept the delivery (buyer); settlement begins")
    @PostMapping("/api/v1/trades/{id}/acceptance")
    public Mono<TradeView> accept(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return accepting.accept(new TradeId(id), caller).map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "Dispute the trade (buyer or seller) while its money is escrowed")
    @PostMapping("/api/v1/trades/{id}/disputes")
    public Mono<TradeView> dispute(@PathVariable UUID id, @Valid @RequestBody DisputeRequest body,
                                   @AuthenticationPrincipal Caller caller) {
        return disputes.dispute(new TradeId(id), body.reason(), body.evidence(), caller)
                .map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "Cancel before payment (buyer or seller); an administrator terminates, with a refund when money is held")
    @PostMapping("/api/v1/trades/{id}/cancellation")
    public Mono<TradeView> cancel(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                  @AuthenticationPrincipal Caller caller) {
        return cancelling.cancel(new TradeId(id), body.reason(), caller).map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "Resolve a dispute (admin): REFUND or RELEASE, with a reason; or RETRY a stalled step")
    @PostMapping("/api/v1/trades/{id}/resolution")
    public Mono<TradeView> resolve(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest body,
                                   @AuthenticationPrincipal Caller caller) {
        return resolving.resolve(new TradeId(id), body.decision(), body.reason(), caller)
                .map(r -> TradeView.of(r.orElseThrow()));
    }

    @Operation(summary = "The trade's history: every transition with who, when, from, to and why")
    @GetMapping("/api/v1/trades/{id}/events")
    public Mono<List<EventView>> events(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.events(new TradeId(id), caller)
                .map(r -> r.orElseThrow().stream().map(e -> EventView.of(e, json)).toList());
    }
}
