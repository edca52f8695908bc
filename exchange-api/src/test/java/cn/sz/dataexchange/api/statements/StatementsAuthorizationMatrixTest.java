package cn.sz.dataexchange.api.statements;

import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import cn.sz.dataexchange.api.trading.support.TradingFixture;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * Statement endpoints against every kind of caller. The owner is the seller of a settled trade; another
 * organisation's statement is 404 as an unknown one is (ADR 0057); the platform's statement is for
 * platform staff only (403 to members). The HEAD rows come from the base class.
 */
class StatementsAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    ApplicationContext context;

    private UUID trade;

    @BeforeAll
    void settledTrade() {
        TradingFixture fixture = new TradingFixture(http, clock, context);
        Party seller = fixture.withKey(owner);
        Party buyer = fixture.party("BUYER");
        trade = fixture.tradeIn("SETTLED", seller, buyer, fixture.listed(seller, 12_345));
    }

    private String org(String suffix) {
        return "/api/v1/statements/organisations/" + owner.orgId() + suffix;
    }

    @Override
    protected List<Row> rows() {
        var members = expect(401, 200, 404, 200, 200, 404, 404);
        var staff = expect(401, 403, 403, 200, 200, 403, 403);
        return List.of(
                new Row(HttpMethod.GET, "/api/v1/statements/organisations/{orgId}", who -> new Call(org(""), null), members),
                new Row(HttpMethod.GET, "/api/v1/statements/organisations/{orgId}/trades",
                        who -> new Call(org("/trades"), null), members),
                new Row(HttpMethod.GET, "/api/v1/statements/organisations/{orgId}/trades/{tradeId}",
                        who -> new Call(org("/trades/" + trade), null), members),
                new Row(HttpMethod.GET, "/api/v1/statements/organisations/{orgId}/lines",
                        who -> new Call(org("/lines?format=csv"), null), members),
                new Row(HttpMethod.GET, "/api/v1/statements/platform", who -> new Call("/api/v1/statements/platform", null),
                        staff),
                new Row(HttpMethod.GET, "/api/v1/statements/platform/lines",
                        who -> new Call("/api/v1/statements/platform/lines?size=5", null), staff));
    }
}
