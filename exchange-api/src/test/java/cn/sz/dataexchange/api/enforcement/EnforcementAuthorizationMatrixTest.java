package cn.sz.dataexchange.api.enforcement;

import cn.sz.dataexchange.api.enforcement.support.EnforcementFixture;
import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import cn.sz.dataexchange.api.trading.application.Trades;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The cases endpoints against every kind of caller, HEAD and the methods no route has included. The
 * owner is the respondent of the cases used; another organisation gets 404 (a case's existence is not
 * disclosed). For the caller that may act, each row uses a fresh case in the state the move needs, so
 * a 2xx proves the call is allowed.
 */
class EnforcementAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    Trades trades;
    @Autowired
    Journal journal;

    private EnforcementFixture fixture;
    private UUID shared;
    private UUID decided;
    private UUID complaint;
    private String run;

    @BeforeAll
    void cases() {
        fixture = new EnforcementFixture(http, trades, journal, clock);
        shared = caseIn("OPENED");
        decided = caseIn("DECIDED");
        UUID trade = fixture.paidTrade(other.orgId(), owner.orgId(), EnforcementFixture.listing(), 10_000);
        complaint = UUID.fromString((String) fixture.complain(owner.token(), trade).get("id"));
        run = (String) http.post().uri("/api/v1/cases/detection-runs").headers(h -> h.setBearerAuth(adminToken))
                .exchange().expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    /** A new case against the owner, moved to {@code state} by the administrator and the regulator. */
    private UUID caseIn(String state) {
        UUID trade = fixture.paidTrade(owner.orgId(), buyerOnly.orgId(), EnforcementFixture.listing(), 10_000);
        UUID id = fixture.opened(adminToken, EnforcementFixture.finding(67, owner.orgId(), List.of(trade)));
        List<String> path = state.equals("CORRECTION_ORDERED")
                ? List.of("OPENED", "INVESTIGATING", "REFERRED", "CORRECTION_ORDERED")
                : List.of("OPENED", "INVESTIGATING", "REFERRED", "DECIDED", "ENFORCED");
        for (String step : path.subList(1, path.indexOf(state) + 1)) {
            var response = switch (step) {
                case "INVESTIGATING" -> fixture.post(adminToken, id, "investigation", Map.of("reason", "r"));
                case "REFERRED" -> fixture.post(adminToken, id, "referral", Map.of("reason", "r"));
                case "CORRECTION_ORDERED" -> fixture.post(regulatorToken, id, "correction-order", Map.of(
                        "requirements", "delist", "deadline", clock.instant().plus(Duration.ofDays(30)).toString()));
                case "DECIDED" -> fixture.post(regulatorToken, id, "decision",
                        Map.of("fineFen", 5_000_000, "reasons", "lower bracket"));
                case "ENFORCED" -> fixture.post(adminToken, id, "enforcement", Map.of("reason", "collected"));
                default -> throw new IllegalArgumentException(step);
            };
            response.expectStatus().isOk();
        }
        return id;
    }

    private Function<Who, Call> onShared(String suffix, Object body) {
        return who -> new Call("/api/v1/cases/" + shared + suffix, body);
    }

    /** {@code actor} gets a fresh case in {@code state}; everyone else the shared one (refused before state matters). */
    private Function<Who, Call> freshFor(Who actor, String state, String suffix, Object body) {
        return who -> new Call("/api/v1/cases/" + (who == actor ? caseIn(state) : shared) + suffix, body);
    }

    @Override
    protected List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Map<String, String> reason = Map.of("reason", "stated");
        for (HttpMethod read : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
            rows.add(new Row(read, "/api/v1/cases", who -> new Call("/api/v1/cases", null),
                    expect(401, 200, 200, 200, 200, 200, 200)));
            rows.add(new Row(read, "/api/v1/cases/{id}", onShared("", null), expect(401, 200, 404, 200, 200, 404, 404)));
            rows.add(new Row(read, "/api/v1/cases/{id}/events", onShared("/events", null),
                    expect(401, 200, 404, 200, 200, 404, 404)));
            rows.add(new Row(read, "/api/v1/cases/{id}/decision", who -> new Call("/api/v1/cases/" + decided + "/decision",
                    null), expect(401, 200, 404, 200, 200, 404, 404)));
            rows.add(new Row(read, "/api/v1/cases/complaints", who -> new Call("/api/v1/cases/complaints", null),
                    expect(401, 200, 200, 200, 200, 403, 200)));
            rows.add(new Row(read, "/api/v1/cases/detection-runs", who -> new Call("/api/v1/cases/detection-runs", null),
                    expect(401, 403, 403, 200, 200, 403, 403)));
            rows.add(new Row(read, "/api/v1/cases/detection-runs/{id}", who -> new Call("/api/v1/cases/detection-runs/"
                    + run, null), expect(401, 403, 403, 200, 200, 403, 403)));
        }
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases", who -> new Call("/api/v1/cases",
                EnforcementFixture.finding(67, owner.orgId(), List.of(fixture.paidTrade(owner.orgId(), buyerOnly.orgId(),
                        EnforcementFixture.listing(), 100)))), expect(401, 403, 403, 201, 201, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/investigation",
                freshFor(Who.ADMIN, "OPENED", "/investigation", reason), expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/referral",
                freshFor(Who.ADMIN, "INVESTIGATING", "/referral", reason), expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/correction-order",
                freshFor(Who.REGULATOR, "REFERRED", "/correction-order", Map.of("requirements", "delist the product",
                        "deadline", "2100-01-01T00:00:00Z")), expect(401, 403, 403, 403, 200, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/correction",
                freshFor(Who.REGULATOR, "CORRECTION_ORDERED", "/correction", Map.of("outcome", "CORRECTED",
                        "reason", "delisted")), expect(401, 403, 403, 403, 200, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/decision",
                freshFor(Who.REGULATOR, "REFERRED", "/decision", Map.of("fineFen", 5_000_000, "reasons", "lower bracket")),
                expect(401, 403, 403, 403, 200, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/enforcement",
                freshFor(Who.ADMIN, "DECIDED", "/enforcement", reason), expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/closure",
                freshFor(Who.ADMIN, "ENFORCED", "/closure", reason), expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/dismissal", who -> new Call("/api/v1/cases/"
                + (who == Who.ADMIN ? caseIn("OPENED") : who == Who.REGULATOR ? caseIn("REFERRED") : shared)
                + "/dismissal", reason), expect(401, 403, 403, 200, 200, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/confirmed-needs", who -> {
            if (who != Who.ADMIN && who != Who.REGULATOR) {
                return new Call("/api/v1/cases/" + shared + "/confirmed-needs", Map.of("tradeId", UUID.randomUUID().toString(),
                        "need", "EXCLUSIVE_LICENCE", "reason", "contract clause 4"));
            }
            UUID id = caseIn("OPENED");
            String trade = (String) ((java.util.List<?>) http.get().uri("/api/v1/cases/{id}", id)
                    .headers(h -> h.setBearerAuth(adminToken)).exchange().expectBody(Map.class).returnResult()
                    .getResponseBody().get("tradeIds")).get(0);
            return new Call("/api/v1/cases/" + id + "/confirmed-needs", Map.of("tradeId", trade,
                    "need", "EXCLUSIVE_LICENCE", "reason", "contract clause 4"));
        }, expect(401, 403, 403, 200, 200, 403, 403)));
        rows.add(new Row(HttpMethod.GET, "/api/v1/vocabulary/actual-needs",
                who -> new Call("/api/v1/vocabulary/actual-needs", null), expect(200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/{id}/statements",
                onShared("/statements", Map.of("statement", "consent was collected by our partner")),
                expect(401, 200, 404, 403, 403, 404, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/detection-runs",
                who -> new Call("/api/v1/cases/detection-runs", null), expect(401, 403, 403, 202, 202, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/complaints", who -> new Call("/api/v1/cases/complaints",
                Map.of("tradeId", fixture.paidTrade(other.orgId(), owner.orgId(), EnforcementFixture.listing(), 100)
                                .toString(), "violatedArticle", 67, "text", "the data holds my customers' phone numbers",
                        "subjectReference", "subject-17")), expect(401, 201, 404, 201, 403, 403, 404)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/cases/complaints/{id}/case", who -> new Call(
                "/api/v1/cases/complaints/" + (who == Who.ADMIN ? freshComplaint() : complaint) + "/case", reason),
                expect(401, 403, 403, 201, 403, 403, 403)));
        for (HttpMethod other : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            rows.add(new Row(other, "/api/v1/cases/{id}", onShared("", reason), expect(401, 403, 403, 403, 403, 403, 403)));
            rows.add(new Row(other, "/api/v1/cases/complaints", who -> new Call("/api/v1/cases/complaints", reason),
                    expect(401, 403, 403, 403, 403, 403, 403)));
            rows.add(new Row(other, "/api/v1/cases/detection-runs", who -> new Call("/api/v1/cases/detection-runs",
                    reason), expect(401, 403, 403, 403, 403, 403, 403)));
        }
        return rows;
    }

    private UUID freshComplaint() {
        UUID trade = fixture.paidTrade(other.orgId(), owner.orgId(), EnforcementFixture.listing(), 100);
        return UUID.fromString((String) fixture.complain(owner.token(), trade).get("id"));
    }
}
