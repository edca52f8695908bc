package cn.sz.dataexchange.api.trading;

import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import cn.sz.dataexchange.api.trading.support.TradingFixture;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import cn.sz.dataexchange.contracts.model.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Trading, payment, delivery and webhook endpoints against every kind of caller. The owner is the
 * buyer of the trades used (with a separate seller); other organisations get 404 from ownership,
 * as for an unknown trade (ADR 0057), and 403 only where their role is refused.
 * For the owner (and the administrator where it may act) each row uses a fresh trade in the state
 * the command needs, so a 2xx proves the call is allowed, not just that it passed the role check.
 */
class TradingAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    ApplicationContext context;

    private TradingFixture fixture;
    private Party seller;
    private Party buyer;
    private Product product;
    private UUID shared;

    @BeforeAll
    void tradingParties() {
        fixture = new TradingFixture(http, clock, context);
        seller = fixture.party("SELLER");
        buyer = fixture.withKey(owner);
        product = fixture.listed(seller, 50_000);
        shared = fixture.tradeIn("REQUESTED", seller, buyer, product);
    }

    private UUID trade(String state) {
        return fixture.tradeIn(state, seller, buyer, product);
    }

    private Function<Who, Call> onShared(String suffix, Object body) {
        return who -> new Call("/api/v1/trades/" + shared + suffix, body);
    }

    /** The owner gets a fresh trade in {@code state}; everyone else the shared one (they are refused before state matters). */
    private Function<Who, Call> ownerIn(String state, String suffix, Object body) {
        return who -> new Call("/api/v1/trades/" + (who == Who.OWNER ? trade(state) : shared) + suffix, body);
    }

    /** A HEAD would use up the single-use delivery token without delivering. */
    @Override
    protected java.util.Set<String> headRefused() {
        return java.util.Set.of("/api/v1/deliveries/{token}");
    }

    @Override
    protected List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Map<String, Object> order = Map.of("listingId", UUID.randomUUID().toString(), "purpose", "STATISTICS");
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades", who -> new Call("/api/v1/trades", order),
                expect(401, 400, 400, 403, 403, 403, 400)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/trades", who -> new Call("/api/v1/trades", null),
                expect(401, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/trades/{id}", onShared("", null),
                expect(401, 200, 404, 200, 200, 404, 404)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/trades/{id}/contract", onShared("/contract", null),
                expect(401, 200, 404, 200, 200, 404, 404)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/trades/{id}/events", onShared("/events", null),
                expect(401, 200, 404, 200, 200, 404, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/signatures", who -> {
            if (who != Who.OWNER) {
                return new Call("/api/v1/trades/" + shared + "/signatures", Map.of("jws", "e30..c2ln"));
            }
            UUID fresh = trade("REQUESTED");
            return new Call("/api/v1/trades/" + fresh + "/signatures",
                    Map.of("jws", fixture.signature(fresh, buyer, PartyRole.BUYER)));
        }, expect(401, 200, 404, 403, 403, 404, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/payment", ownerIn("CONTRACTED", "/payment", null),
                expect(401, 400, 404, 403, 403, 403, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/delivery-tokens",
                ownerIn("ESCROWED", "/delivery-tokens", null), expect(401, 201, 404, 403, 403, 403, 404)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/deliveries/{token}", who -> new Call("/api/v1/deliveries/"
                + fixture.deliveryToken(trade("ESCROWED"), buyer), null), expect(401, 200, 404, 403, 403, 403, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/receipt", who -> {
            if (who != Who.OWNER) {
                return new Call("/api/v1/trades/" + shared + "/receipt", Map.of("jws", "e30.e30.c2ln"));
            }
            UUID fresh = trade("ESCROWED");
            byte[] data = fixture.download(fixture.deliveryToken(fresh, buyer), buyer);
            return new Call("/api/v1/trades/" + fresh + "/receipt", Map.of("jws", fixture.receipt(fresh, buyer, data)));
        }, expect(401, 200, 404, 403, 403, 403, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/acceptance", ownerIn("DELIVERED", "/acceptance", null),
                expect(401, 200, 404, 403, 403, 403, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/disputes",
                ownerIn("ESCROWED", "/disputes", Map.of("reason", "the file is not what was listed")),
                expect(401, 200, 404, 403, 403, 404, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/cancellation", who -> new Call("/api/v1/trades/"
                + (who == Who.OWNER || who == Who.ADMIN ? trade("REQUESTED") : shared) + "/cancellation",
                Map.of("reason", "changed our plans")), expect(401, 200, 404, 200, 403, 404, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/trades/{id}/resolution", who -> new Call("/api/v1/trades/"
                + (who == Who.ADMIN ? disputed() : shared) + "/resolution",
                Map.of("decision", "REFUND", "reason", "the seller could not show the data matched the listing")),
                expect(401, 403, 403, 200, 403, 403, 403)));
        Map<String, Object> hook = Map.of("url", "https://hooks.example.cn/exchange");
        rows.add(new Row(HttpMethod.PUT, "/api/v1/notifications/webhook",
                who -> new Call("/api/v1/notifications/webhook", hook), expect(401, 200, 200, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/notifications/webhook", who -> {
            registerHook(who);
            return new Call("/api/v1/notifications/webhook", null);
        }, expect(401, 200, 200, 403, 403, 200, 200)));
        rows.add(new Row(HttpMethod.DELETE, "/api/v1/notifications/webhook", who -> {
            registerHook(who);
            return new Call("/api/v1/notifications/webhook", null);
        }, expect(401, 204, 204, 403, 403, 204, 204)));
        return rows;
    }

    private UUID disputed() {
        UUID trade = trade("ESCROWED");
        fixture.post(trade, "disputes", buyer, Map.of("reason", "wrong data")).expectStatus().isOk();
        return trade;
    }

    private void registerHook(Who who) {
        if (who == Who.NONE || who == Who.ADMIN || who == Who.REGULATOR) {
            return;
        }
        http.put().uri("/api/v1/notifications/webhook").headers(h -> h.setBearerAuth(token(who).orElseThrow()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", "https://hooks.example.cn/x"))
                .exchange().expectStatus().isOk();
    }
}
