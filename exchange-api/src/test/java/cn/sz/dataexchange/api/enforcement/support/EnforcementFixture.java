package cn.sz.dataexchange.api.enforcement.support;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.PurchasedVersion;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradingConditions;
import cn.sz.dataexchange.settlement.ledger.PostingOutcome;
import cn.sz.dataexchange.settlement.ledger.TradeJournal;
import cn.sz.dataexchange.settlement.ledger.TradeParties;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Trades with ledger lines for cases, written through the trading and payment areas' own ports
 * (the stored trade and its journal entries are what a paid trade leaves), and HTTP helpers for cases.
 */
public final class EnforcementFixture {

    private final WebTestClient http;
    private final Trades trades;
    private final Journal journal;
    private final Clock clock;

    public EnforcementFixture(WebTestClient http, Trades trades, Journal journal, Clock clock) {
        this.http = http;
        this.trades = trades;
        this.journal = journal;
        this.clock = clock;
    }

    /** A listing version sold by one seller. */
    public record Listing(UUID listingId, int version) {
    }

    public static Listing listing() {
        return new Listing(UUID.randomUUID(), 1);
    }

    /** A trade of {@code listing} whose buyer paid {@code priceFen} into escrow (recorded in the journal). */
    public UUID paidTrade(UUID seller, UUID buyer, Listing listing, long priceFen) {
        TradeId id = TradeId.random();
        Trade trade = Trade.placed(id, new PurchasedVersion(listing.listingId(), listing.version(), "Footfall",
                        UUID.randomUUID(), "0".repeat(64), 1_000), new OrgId(seller), new OrgId(buyer), priceFen,
                "STATISTICS", List.of("CN"), new TradingConditions(3, 0, CreditStatus.GOOD, "exchange", 180),
                Optional.empty(), clock.instant());
        trades.insert(trade).block();
        PostingOutcome funded = journal.record(journalOf(id, seller, buyer).escrowFunded(Money.ofFen(priceFen),
                "escrow-" + id, clock.instant()), id.toString()).block();
        if (!(funded instanceof PostingOutcome.Posted)) {
            throw new IllegalStateException("funding not posted: " + funded);
        }
        return id.value();
    }

    /** Releases a paid trade's escrow to its seller (3 % fee), recorded at {@code at}. */
    public void release(UUID trade, UUID seller, UUID buyer, long priceFen, java.time.Instant at) {
        PostingOutcome released = journal.record(journalOf(new TradeId(trade), seller, buyer).escrowReleased(
                cn.sz.dataexchange.settlement.money.PlatformFee.of(300).splitOf(Money.ofFen(priceFen)),
                "release:" + trade, at), trade.toString()).block();
        if (!(released instanceof PostingOutcome.Posted)) {
            throw new IllegalStateException("release not posted: " + released);
        }
    }

    /** Refunds the whole escrow of a paid trade to its buyer. */
    public void refund(UUID trade, UUID seller, UUID buyer, long priceFen) {
        PostingOutcome refunded = journal.record(journalOf(new TradeId(trade), seller, buyer)
                .escrowRefunded(Money.ofFen(priceFen), "refund:" + trade, clock.instant()), trade.toString()).block();
        if (!(refunded instanceof PostingOutcome.Posted)) {
            throw new IllegalStateException("refund not posted: " + refunded);
        }
    }

    private static TradeJournal journalOf(TradeId id, UUID seller, UUID buyer) {
        return new TradeJournal(new TradeParties(cn.sz.dataexchange.settlement.ledger.TradeId.of(id.toString()),
                cn.sz.dataexchange.settlement.ledger.OrgId.of(buyer.toString()),
                cn.sz.dataexchange.settlement.ledger.OrgId.of(seller.toString())));
    }

    public static Map<String, Object> finding(int article, UUID respondent, List<UUID> trades) {
        return Map.of("violatedArticle", article, "respondent", respondent.toString(), "reasons",
                "staff finding on the trades named", "tradeIds", trades.stream().map(UUID::toString).toList());
    }

    public WebTestClient.ResponseSpec open(String token, Map<String, Object> finding) {
        return http.post().uri("/api/v1/cases").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(finding).exchange();
    }

    public UUID opened(String token, Map<String, Object> finding) {
        Map<?, ?> body = open(token, finding).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }

    public WebTestClient.ResponseSpec post(String token, UUID caseId, String step, Object body) {
        return http.post().uri("/api/v1/cases/{id}/" + step, caseId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A buyer's complaint about its trade. */
    public Map<?, ?> complain(String buyerToken, UUID trade) {
        return http.post().uri("/api/v1/cases/complaints").headers(h -> h.setBearerAuth(buyerToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tradeId", trade.toString(), "violatedArticle", 67,
                        "text", "the product holds personal data of people who never consented"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Opened, investigated and referred by the administrator: ready for the authority. */
    public UUID referred(String adminToken, Map<String, Object> finding) {
        UUID id = opened(adminToken, finding);
        post(adminToken, id, "investigation", Map.of("reason", "evidence gathered")).expectStatus().isOk();
        post(adminToken, id, "referral", Map.of("reason", "referred to the market supervision department"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("REFERRED");
        return id;
    }
}
