package cn.sz.dataexchange.api.statements;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.trading.support.TradingFixture;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.settlement.money.PlatformFee;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Statements through HTTP after real trades: what sellers, buyers and the platform see, CSV, and bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementTest extends IntegrationTest {

    static final long PRICE = 1_000_001;

    @Autowired
    ApplicationContext context;

    @Value("${exchange.payment.platform-fee-bps}")
    int feeBps;

    Party seller;
    Party buyer;
    UUID settled;
    UUID escrowed;
    LocalDate today;

    @BeforeAll
    void trades() {
        TradingFixture fixture = new TradingFixture(http, clock, context);
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        var product = fixture.listed(seller, PRICE);
        settled = fixture.tradeIn("SETTLED", seller, buyer, product);
        escrowed = fixture.tradeIn("ESCROWED", seller, buyer, product);
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void a_seller_sees_gross_fee_and_net_of_its_settled_trade_and_the_payout() {
        var split = PlatformFee.of(feeBps).splitOf(cn.sz.dataexchange.settlement.money.Money.ofFen(PRICE));
        Map<?, ?> statement = get(seller, "").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(statement.get("balanced")).isEqualTo(true);
        Map<?, ?> figures = (Map<?, ?>) statement.get("seller");
        assertThat(fen(figures, "gross")).isEqualTo(PRICE);
        assertThat(fen(figures, "platformFee")).isEqualTo(split.fee().fen());
        assertThat(fen(figures, "net")).isEqualTo(split.sellerNet().fen());
        assertThat(fen(figures, "paidOut")).isEqualTo(split.sellerNet().fen());
        assertThat(fen(figures, "owedAtEnd")).isZero();
        assertThat(((Map<?, ?>) figures.get("net")).get("display")).isEqualTo(split.sellerNet().toDisplayString());
        Map<?, ?> period = (Map<?, ?>) statement.get("period");
        assertThat(period.get("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(period.get("start")).isEqualTo(today.withDayOfMonth(1) + "T00:00+08:00");
        assertThat(period.get("end")).isEqualTo(today.plusDays(1) + "T00:00+08:00");
        assertThat(period.get("boundaries")).isEqualTo("start inclusive, end exclusive");
        List<?> accounts = (List<?>) statement.get("accounts");
        assertThat(accounts).extracting(a -> (Object) ((Map<?, ?>) a).get("account"))
                .containsExactlyInAnyOrder("SELLER_PAYABLE", "SELLER_PAYOUTS");
    }

    @Test
    void a_buyer_sees_its_payments_and_the_money_still_in_escrow() {
        Map<?, ?> statement = get(buyer, "").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> figures = (Map<?, ?>) statement.get("buyer");
        assertThat(fen(figures, "paid")).isEqualTo(2 * PRICE);
        assertThat(fen(figures, "refunded")).isZero();
        assertThat(fen(figures, "inEscrowAtEnd")).isEqualTo(PRICE);

        Map<?, ?> trades = get(buyer, "/trades").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<?> items = (List<?>) trades.get("items");
        assertThat(items).extracting(t -> (Object) ((Map<?, ?>) t).get("tradeId")).containsExactly(settled.toString(), escrowed.toString());
        assertThat(items).extracting(t -> (Object) fen((Map<?, ?>) t, "heldAtEnd")).containsExactly(0L, PRICE);
        assertThat(items).extracting(t -> (Object) ((Map<?, ?>) t).get("role")).containsOnly("BUYER");
    }

    @Test
    void a_trade_shows_its_journal_lines_and_its_invariants_hold() {
        Map<?, ?> detail = get(seller, "/trades/" + settled).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat(detail.get("invariantsHold")).isEqualTo(true);
        List<?> lines = (List<?>) detail.get("lines");
        assertThat(lines).extracting(l -> (Object) ((Map<?, ?>) l).get("entryType"))
                .containsExactly("ESCROW_FUNDED", "ESCROW_FUNDED", "ESCROW_RELEASED", "ESCROW_RELEASED", "ESCROW_RELEASED");
        get(seller, "/trades/" + UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void the_lines_come_as_csv_by_accept_header_and_by_format_parameter() {
        String byAccept = http.get().uri(base(seller) + "/lines").accept(MediaType.parseMediaType("text/csv"))
                .headers(h -> h.setBearerAuth(seller.token())).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueEquals("Statement-Time-Zone", "Asia/Shanghai")
                .expectBody(String.class).returnResult().getResponseBody();
        String byFormat = get(seller, "/lines?format=csv").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(byFormat).isEqualTo(byAccept);
        String[] rows = byAccept.split("\r\n");
        assertThat(rows[0]).startsWith("recorded_at,entry_id,line_no,entry_type");
        // the header; the release credits the payable; the payout debits it and credits payouts
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).contains("ESCROW_RELEASED", "SELLER_PAYABLE", "CREDIT");

        String trades = get(buyer, "/trades?format=csv").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(trades.split("\r\n")).hasSize(3);
    }

    @Test
    void pages_are_stable_and_do_not_overlap() {
        Map<?, ?> all = get(buyer, "/lines?size=200").expectBody(Map.class).returnResult().getResponseBody();
        List<?> items = (List<?>) all.get("items");
        assertThat(items).hasSize(((Number) all.get("totalItems")).intValue()).hasSizeGreaterThanOrEqualTo(2);
        Map<?, ?> first = get(buyer, "/lines?size=1&page=0").expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> second = get(buyer, "/lines?size=1&page=1").expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((List<?>) first.get("items")).get(0)).isEqualTo(items.get(0));
        assertThat(((List<?>) second.get("items")).get(0)).isEqualTo(items.get(1));
    }

    @Test
    void a_period_before_the_trades_shows_nothing_and_still_balances() {
        Map<?, ?> statement = get(seller, "?from=2025-01-01&to=2025-01-31").expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        assertThat((List<?>) statement.get("accounts")).isEmpty();
        assertThat(statement.get("balanced")).isEqualTo(true);
    }

    @Test
    void the_platform_statement_shows_escrow_held_and_a_trial_balance_that_holds() {
        Map<?, ?> statement = http.get().uri("/api/v1/statements/platform")
                .headers(h -> h.setBearerAuth(members().adminToken())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(statement.get("balanced")).isEqualTo(true);
        assertThat(statement.get("trialBalanceHolds")).isEqualTo(true);
        Map<?, ?> figures = (Map<?, ?>) statement.get("figures");
        assertThat(fen(figures, "escrowHeld")).isGreaterThanOrEqualTo(PRICE);
        assertThat(fen(figures, "feeRevenue")).isPositive();
    }

    @Test
    void bad_input_is_a_problem_naming_the_parameter() {
        problem(get(seller, "?from=2026-13-01"), "from");
        problem(get(seller, "?to=yesterday"), "to");
        problem(get(seller, "?from=2026-12-02&to=2026-12-01"), "from");
        problem(get(seller, "/lines?account=CASH"), "account");
        problem(get(seller, "/lines?account=TRADE_ESCROW"), "account");
        problem(get(seller, "/lines?format=xml"), "format");
        problem(get(seller, "/trades?size=0"), "size");
        problem(get(seller, "/trades?page=-1"), "page");
        problem(http.get().uri("/api/v1/statements/platform/lines?account=nope")
                .headers(h -> h.setBearerAuth(members().adminToken())).exchange(), "account");
    }

    private void problem(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private WebTestClient.ResponseSpec get(Party who, String suffix) {
        return http.get().uri(base(who) + suffix).headers(h -> h.setBearerAuth(who.token())).exchange();
    }

    private static String base(Party who) {
        return "/api/v1/statements/organisations/" + who.orgId();
    }

    private static long fen(Map<?, ?> figures, String name) {
        return ((Number) ((Map<?, ?>) figures.get(name)).get("fen")).longValue();
    }
}
