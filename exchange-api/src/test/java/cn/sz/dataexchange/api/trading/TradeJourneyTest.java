package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.trading.support.TradingFixture;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.ContractSignatureVerification;
import cn.sz.dataexchange.contracts.signing.KeyDirectory;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/** A whole trade through the HTTP API, from order to settlement, as its parties would drive it. */
class TradeJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DatabaseClient db;

    private TradingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new TradingFixture(http, clock, context);
    }

    @Test
    void a_buyer_orders_signs_pays_downloads_confirms_accepts_and_the_seller_is_paid() {
        Party seller = fixture.party("SELLER");
        Party buyer = fixture.party("BUYER");
        Product product = fixture.listed(seller, 1_250_000);

        UUID trade = fixture.order(buyer, product);
        assertThat(fixture.state(trade, seller)).isEqualTo("REQUESTED");
        assertThat(fixture.trade(trade, buyer.token()).get("tradingConditions"))
                .isEqualTo(Map.of("securityLevel", 4, "tradingCostFen", 1200, "creditStatus", "GOOD",
                        "tradeLink", "exchange", "durationDays", 180));

        fixture.contracted(trade, seller, buyer);
        String envelope = http.get().uri("/api/v1/trades/{id}/contract", trade).headers(h -> h.setBearerAuth(buyer.token()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        var read = (ContractEnvelope.Reading.Read) ContractEnvelope.read(envelope);
        assertThat(read.signatures()).hasSize(3);
        assertThat(read.advertisedDigestMatches()).isTrue();
        assertThat(new ContractSignatureVerification(clock()).verifyComplete(read.contract(), read.signatures(),
                keysFrom(envelope)).isValid()).isTrue();
        http.get().uri("/api/v1/trades/{id}/contract?format=zh", trade).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(text -> assertThat(text).contains(read.contract().digest().hex()));

        fixture.escrowed(trade, buyer);
        byte[] received = fixture.delivered(trade, buyer);
        assertThat(received).isEqualTo(product.content());

        fixture.post(trade, "acceptance", buyer, null).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("SETTLED");

        List<String> moves = events(trade, buyer);
        assertThat(moves).containsExactly("ORDER_PLACED->REQUESTED", "SIGNATURE_RECORDED->REQUESTED",
                "SIGNATURE_RECORDED->REQUESTED", "ALL_SIGNED->CONTRACTED", "PAY->PAYING", "ESCROW_HELD->ESCROWED",
                "ISSUE_DELIVERY_TOKEN->DELIVERING", "CONFIRM_RECEIPT->DELIVERED", "ACCEPT->ACCEPTED",
                "BEGIN_SETTLEMENT->SETTLING", "SETTLEMENT_COMPLETED->SETTLED");
        assertThat(journal(trade)).containsExactly("1:DEBIT:1:" + buyer.orgId() + ":1250000",
                "1:CREDIT:3:" + trade + ":1250000",
                "2:DEBIT:3:" + trade + ":1250000", "2:CREDIT:4:" + seller.orgId() + ":1212500",
                "2:CREDIT:6:platform:37500",
                "4:DEBIT:4:" + seller.orgId() + ":1212500", "4:CREDIT:5:" + seller.orgId() + ":1212500");
        assertThat(auditActions(trade)).contains("trade.order-placed", "trade.all-signed", "trade.escrow-held",
                "trade.settlement-completed");
        assertThat(notificationTypes(seller)).contains("trade.order-placed", "trade.settlement-completed");
    }

    private List<String> events(UUID trade, Party who) {
        List<?> events = http.get().uri("/api/v1/trades/{id}/events", trade).headers(h -> h.setBearerAuth(who.token()))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return events.stream().map(e -> ((Map<?, ?>) e).get("event") + "->" + ((Map<?, ?>) e).get("to")).toList();
    }

    private List<String> journal(UUID trade) {
        return db.sql("""
                        SELECT e.entry_type, p.side, p.account_type, p.account_owner, p.amount_fen
                        FROM journal_entries e JOIN journal_postings p ON p.entry_id = e.id
                        WHERE e.trade_id = :t OR e.reference IN (
                            SELECT reference FROM journal_entries WHERE entry_type = 4 AND id IN (
                                SELECT entry_id FROM journal_postings WHERE account_owner = (
                                    SELECT seller_org::text FROM trades WHERE id = :id)))
                        ORDER BY e.entry_type, p.line_no""")
                .bind("t", trade.toString()).bind("id", trade)
                .map(row -> row.get("entry_type", Short.class) + ":" + (row.get("side", Short.class) == 1 ? "DEBIT" : "CREDIT")
                        + ":" + row.get("account_type", Short.class) + ":" + row.get("account_owner", String.class) + ":"
                        + row.get("amount_fen", Long.class))
                .all().collectList().block();
    }

    private List<String> auditActions(UUID trade) {
        return db.sql("SELECT action FROM audit_events WHERE stream = :s ORDER BY stream_seq").bind("s", "trade:" + trade)
                .map(row -> row.get("action", String.class)).all().collectList().block();
    }

    private List<String> notificationTypes(Party party) {
        return db.sql("SELECT type FROM notifications WHERE org_id = :o").bind("o", party.orgId())
                .map(row -> row.get("type", String.class)).all().collectList().block();
    }

    static KeyDirectory keysFrom(String envelope) {
        Map<String, Object> root = cn.sz.dataexchange.contracts.json.JsonParser.parseObject(envelope);
        List<RegisteredKey> keys = ((List<?>) root.get("keys")).stream().map(k -> (Map<?, ?>) k)
                .map(k -> new RegisteredKey((String) k.get("kid"), new cn.sz.dataexchange.contracts.model.OrgId(
                        (String) k.get("orgId")), cn.sz.dataexchange.contracts.json.JsonWriter.canonical(k.get("jwk")),
                        Instant.parse((String) k.get("registeredAt")),
                        k.get("revokedAt") instanceof String revoked ? Instant.parse(revoked) : null))
                .toList();
        return KeyDirectory.of(keys);
    }
}
