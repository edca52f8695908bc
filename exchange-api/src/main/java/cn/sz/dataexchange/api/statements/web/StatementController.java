package cn.sz.dataexchange.api.statements.web;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.statements.application.ReadingStatements;
import cn.sz.dataexchange.api.statements.model.StatementLine;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.web.StatementViews.LinePage;
import cn.sz.dataexchange.api.statements.web.StatementViews.LineView;
import cn.sz.dataexchange.api.statements.web.StatementViews.OrganisationStatementView;
import cn.sz.dataexchange.api.statements.web.StatementViews.PeriodView;
import cn.sz.dataexchange.api.statements.web.StatementViews.PlatformStatementView;
import cn.sz.dataexchange.api.statements.web.StatementViews.TradePage;
import cn.sz.dataexchange.api.statements.web.StatementViews.TradeStatementView;
import cn.sz.dataexchange.api.statements.web.StatementViews.TradeView;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Statements and balances (ADR 0048). Periods are whole days in Asia/Shanghai ({@code from}, {@code to},
 * both included; default: this month to today). Lists are paged JSON in a stable order, or the whole
 * list as CSV with {@code Accept: text/csv} or {@code ?format=csv}.
 */
@RestController
@ApiResponses({
        @ApiResponse(responseCode = "400", description = "bad period, page, format or account; errors name the parameter",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDoc.class))),
        @ApiResponse(responseCode = "401", description = "no valid token",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDoc.class))),
        @ApiResponse(responseCode = "403", description = "the caller's roles do not allow it",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDoc.class))),
        @ApiResponse(responseCode = "404", description = "no such organisation or trade, or not the caller's",
                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDoc.class)))})
public class StatementController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String ORG = "/api/v1/statements/organisations/{orgId}";
    private static final String FROM = "first day, yyyy-MM-dd in Asia/Shanghai (default: the first of to's month)";
    private static final String TO = "last day (included), yyyy-MM-dd in Asia/Shanghai (default: today)";
    private static final String FORMAT = "json (default) or csv; Accept: text/csv also gives CSV";
    private static final String ACCOUNT = "only lines of this account type, e.g. SELLER_PAYOUTS";

    private final ReadingStatements reading;
    private final Clock clock;

    public StatementController(ReadingStatements reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    @Operation(summary = "An organisation's statement: every account's opening, debits, credits and closing balance, "
            + "seller and buyer figures (its own organisation; platform staff any)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(ORG)
    public Mono<OrganisationStatementView> organisation(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from,
                                                        @Parameter(description = TO) @RequestParam(required = false) String to, @AuthenticationPrincipal Caller caller) {
        StatementPeriod period = period(from, to);
        return reading.ofOrganisation(orgId, period, caller).map(r -> OrganisationStatementView.of(r.orElseThrow()));
    }

    @Operation(summary = "The organisation's trades with money in the period: paid, released (gross), platform fee, "
            + "seller's net, refunded, held in escrow at the end; oldest first")
    @ApiResponse(responseCode = "200", description = "OK: JSON, or CSV with Accept: text/csv or ?format=csv", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = TradePage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping(value = ORG + "/trades", params = "format!=csv")
    public Mono<TradePage> trades(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from, @Parameter(description = TO) @RequestParam(required = false) String to,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                  @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                                  @AuthenticationPrincipal Caller caller) {
        requireJson(format);
        StatementPeriod period = period(from, to);
        return reading.tradesOf(orgId, period, PageQuery.of(page, size).orElseThrow(), caller)
                .map(r -> tradePage(period, r.orElseThrow()));
    }

    @Operation(hidden = true, summary = "The organisation's trades as CSV (Accept: text/csv)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(value = ORG + "/trades", produces = "text/csv", params = "!format")
    public Mono<ResponseEntity<Flux<String>>> tradesCsv(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from,
                                                        @Parameter(description = TO) @RequestParam(required = false) String to, @AuthenticationPrincipal Caller caller) {
        StatementPeriod period = period(from, to);
        return reading.allTradesOf(orgId, period, caller).map(r -> csv("trades", period,
                Flux.concat(Flux.just(StatementCsv.TRADE_HEADER), r.orElseThrow().map(StatementCsv::trade))));
    }

    @Operation(hidden = true, summary = "The organisation's trades as CSV (?format=csv)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(value = ORG + "/trades", params = "format=csv")
    public Mono<ResponseEntity<Flux<String>>> tradesCsvByFormat(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from,
                                                                @Parameter(description = TO) @RequestParam(required = false) String to, @AuthenticationPrincipal Caller caller) {
        return tradesCsv(orgId, from, to, caller);
    }

    @Operation(summary = "One trade's money over its life, down to its journal lines, with the ledger's invariants checked")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(ORG + "/trades/{tradeId}")
    public Mono<TradeStatementView> trade(@PathVariable UUID orgId, @PathVariable UUID tradeId,
                                          @AuthenticationPrincipal Caller caller) {
        return reading.tradeOf(orgId, tradeId, caller).map(r -> TradeStatementView.of(r.orElseThrow()));
    }

    @Operation(summary = "The journal lines of the organisation's accounts in the period (payouts: account=SELLER_PAYOUTS)")
    @ApiResponse(responseCode = "200", description = "OK: JSON, or CSV with Accept: text/csv or ?format=csv", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = LinePage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping(value = ORG + "/lines", params = "format!=csv")
    public Mono<LinePage> lines(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from, @Parameter(description = TO) @RequestParam(required = false) String to,
                                @Parameter(description = ACCOUNT) @RequestParam(required = false) String account,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                                @AuthenticationPrincipal Caller caller) {
        requireJson(format);
        StatementPeriod period = period(from, to);
        Optional<AccountType> type = account(account);
        return reading.linesOf(orgId, period, type, PageQuery.of(page, size).orElseThrow(), caller)
                .map(r -> linePage(period, r.orElseThrow()));
    }

    @Operation(hidden = true, summary = "The organisation's journal lines as CSV (Accept: text/csv)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(value = ORG + "/lines", produces = "text/csv", params = "!format")
    public Mono<ResponseEntity<Flux<String>>> linesCsv(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from,
                                                       @Parameter(description = TO) @RequestParam(required = false) String to,
                                                       @Parameter(description = ACCOUNT) @RequestParam(required = false) String account,
                                                       @AuthenticationPrincipal Caller caller) {
        StatementPeriod period = period(from, to);
        Optional<AccountType> type = account(account);
        return reading.allLinesOf(orgId, period, type, caller).map(r -> linesCsv(period, r));
    }

    @Operation(hidden = true, summary = "The organisation's journal lines as CSV (?format=csv)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(value = ORG + "/lines", params = "format=csv")
    public Mono<ResponseEntity<Flux<String>>> linesCsvByFormat(@PathVariable UUID orgId, @Parameter(description = FROM) @RequestParam(required = false) String from,
                                                               @Parameter(description = TO) @RequestParam(required = false) String to,
                                                               @Parameter(description = ACCOUNT) @RequestParam(required = false) String account,
                                                               @AuthenticationPrincipal Caller caller) {
        return linesCsv(orgId, from, to, account, caller);
    }

    @Operation(summary = "The platform's statement (platform staff): every account type added up, fee revenue, escrow "
            + "held, payouts in flight, amounts owed to the authority, and the trial balance")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping("/api/v1/statements/platform")
    public Mono<PlatformStatementView> platform(@Parameter(description = FROM) @RequestParam(required = false) String from, @Parameter(description = TO) @RequestParam(required = false) String to,
                                                @AuthenticationPrincipal Caller caller) {
        StatementPeriod period = period(from, to);
        return reading.ofPlatform(period, caller).map(r -> PlatformStatementView.of(r.orElseThrow()));
    }

    @Operation(summary = "Every journal line in the period (platform staff)")
    @ApiResponse(responseCode = "200", description = "OK: JSON, or CSV with Accept: text/csv or ?format=csv", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = LinePage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping(value = "/api/v1/statements/platform/lines", params = "format!=csv")
    public Mono<LinePage> platformLines(@Parameter(description = FROM) @RequestParam(required = false) String from, @Parameter(description = TO) @RequestParam(required = false) String to,
                                        @Parameter(description = ACCOUNT) @RequestParam(required = false) String account,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @Parameter(description = FORMAT) @RequestParam(required = false) String format,
                                        @AuthenticationPrincipal Caller caller) {
        requireJson(format);
        StatementPeriod period = period(from, to);
        Optional<AccountType> type = account(account);
        return reading.platformLines(period, type, PageQuery.of(page, size).orElseThrow(), caller)
                .map(r -> linePage(period, r.orElseThrow()));
    }

    @Operation(hidden = true, summary = "Every journal line in the period as CSV (Accept: text/csv)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(value = "/api/v1/statements/platform/lines", produces = "text/csv", params = "!format")
    public Mono<ResponseEntity<Flux<String>>> platformLinesCsv(@Parameter(description = FROM) @RequestParam(required = false) String from, @Parameter(description = TO) @RequestParam(required = false) String to,
                                                               @Parameter(description = ACCOUNT) @RequestParam(required = false) String account,
                                                               @AuthenticationPrincipal Caller caller) {
        StatementPeriod period = period(from, to);
        Optional<AccountType> type = account(account);
        return reading.allPlatformLines(period, type, caller).map(r -> linesCsv(period, r));
    }

    @Operation(hidden = true, summary = "Every journal line in the period as CSV (?format=csv)")
    @ApiResponse(responseCode = "200", description = "OK")
    @GetMapping(value = "/api/v1/statements/platform/lines", params = "format=csv")
    public Mono<ResponseEntity<Flux<String>>> platformLinesCsvByFormat(@Parameter(description = FROM) @RequestParam(required = false) String from, @Parameter(description = TO) @RequestParam(required = false) String to,
                                                                       @Parameter(description = ACCOUNT) @RequestParam(required = false) String account,
                                                                       @AuthenticationPrincipal Caller caller) {
        return platformLinesCsv(from, to, account, caller);
    }

    private StatementPeriod period(String from, String to) {
        return StatementPeriod.parse(from, to, clock).orElseThrow();
    }

    private static Optional<AccountType> account(String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(AccountType.values()).filter(t -> t.name().equalsIgnoreCase(account.trim())).findFirst()
                .or(() -> {
                    throw Refusal.invalidField("account", "is not an account type; one of "
                            + Arrays.toString(AccountType.values())).toException();
                });
    }

    private static void requireJson(String format) {
        if (format != null && !format.equals("json")) {
            throw Refusal.invalidField("format", "must be json or csv").toException();
        }
    }

    private static LinePage linePage(StatementPeriod period, Page<StatementLine> page) {
        return new LinePage(PeriodView.of(period), page.items().stream().map(LineView::of).toList(), page.page(),
                page.size(), page.totalItems(), page.totalPages());
    }

    private static TradePage tradePage(StatementPeriod period, Page<cn.sz.dataexchange.api.statements.model.TradeMoney> page) {
        return new TradePage(PeriodView.of(period), page.items().stream().map(TradeView::of).toList(), page.page(),
                page.size(), page.totalItems(), page.totalPages());
    }

    private static ResponseEntity<Flux<String>> linesCsv(StatementPeriod period, Result<Flux<StatementLine>> lines) {
        return csv("lines", period, Flux.concat(Flux.just(StatementCsv.LINE_HEADER), lines.orElseThrow().map(StatementCsv::line)));
    }

    private static ResponseEntity<Flux<String>> csv(String what, StatementPeriod period, Flux<String> rows) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"statement-" + what + "-" + period.from() + "-" + period.to() + ".csv\"")
                .header("Statement-Period-Start", period.startText())
                .header("Statement-Period-End", period.endText())
                .header("Statement-Time-Zone", StatementPeriod.ZONE.getId())
                .body(rows);
    }
}
