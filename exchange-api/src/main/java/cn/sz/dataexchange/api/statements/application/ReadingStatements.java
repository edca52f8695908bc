package cn.sz.dataexchange.api.statements.application;

import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.statements.model.OrganisationStatement;
import cn.sz.dataexchange.api.statements.model.PlatformStatement;
import cn.sz.dataexchange.api.statements.model.StatementLine;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.model.StatementScope;
import cn.sz.dataexchange.api.statements.model.TradeMoney;
import cn.sz.dataexchange.api.statements.model.TradeStatement;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.OrgId;
import cn.sz.dataexchange.settlement.ledger.TradeId;
import cn.sz.dataexchange.settlement.ledger.TradeInvariants;
import cn.sz.dataexchange.settlement.ledger.TradeParties;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads statements for a caller. An organisation reads only its own; another organisation's
 * statement, like an unknown one, does not exist (404, ADR 0057). Platform staff read every
 * organisation's and the platform's (the role rules keep members away from the latter).
 */
@Service
public class ReadingStatements {

    private final StatementReads reads;
    private final Journal journal;

    public ReadingStatements(StatementReads reads, Journal journal) {
        this.reads = reads;
        this.journal = journal;
    }

    public Mono<Result<OrganisationStatement>> ofOrganisation(UUID org, StatementPeriod period, Caller caller) {
        StatementScope scope = new StatementScope.Organisation(org);
        return visible(org, caller).flatMap(seen -> seen.isAccepted()
                ? Mono.zip(reads.balances(scope, period).collectList(), reads.totalsByEntryType(scope, period).collectList(),
                        reads.trades(org, period, 0, StatementReads.ALL).collectList())
                        .map(t -> Result.accepted(new OrganisationStatement(org, period, t.getT1(), t.getT2(), t.getT3())))
                : Mono.just(seen.map(x -> null)));
    }

    public Mono<Result<Page<TradeMoney>>> tradesOf(UUID org, StatementPeriod period, PageQuery page, Caller caller) {
        return visible(org, caller).flatMap(seen -> seen.isAccepted()
                ? Mono.zip(reads.trades(org, period, page.offset(), page.size()).collectList(), reads.countTrades(org, period))
                        .map(t -> Result.accepted(page.page(t.getT1(), t.getT2())))
                : Mono.just(seen.map(x -> null)));
    }

    /** Every trade row of the period in order, for CSV; refused before anything streams. */
    public Mono<Result<Flux<TradeMoney>>> allTradesOf(UUID org, StatementPeriod period, Caller caller) {
        return visible(org, caller).map(seen -> seen.map(x -> reads.trades(org, period, 0, StatementReads.ALL)));
    }

    public Mono<Result<TradeStatement>> tradeOf(UUID org, UUID trade, Caller caller) {
        return visible(org, caller).flatMap(seen -> seen.isAccepted()
                ? reads.trade(org, trade).flatMap(money -> Mono.zip(reads.linesOfTrade(trade).collectList(),
                                journal.ofTrade(trade.toString()).collectList())
                        .map(t -> Result.accepted(new TradeStatement(money, t.getT1(), TradeInvariants.violationsOf(
                                new TradeParties(TradeId.of(trade.toString()), OrgId.of(money.buyerOrg().toString()),
                                        OrgId.of(money.sellerOrg().toString())), t.getT2())))))
                        .defaultIfEmpty(Result.refused(Refusal.notFound("trade", trade)))
                : Mono.just(seen.map(x -> null)));
    }

    public Mono<Result<Page<StatementLine>>> linesOf(UUID org, StatementPeriod period, Optional<AccountType> account,
                                                     PageQuery page, Caller caller) {
        Result<StatementScope> scope = organisationAccount(account).map(a -> new StatementScope.Organisation(org));
        return visible(org, caller).flatMap(seen -> seen.flatMap(x -> scope).isAccepted()
                ? page(scope.orElseThrow(), period, account, page)
                : Mono.just(seen.flatMap(x -> scope).map(x -> null)));
    }

    public Mono<Result<Flux<StatementLine>>> allLinesOf(UUID org, StatementPeriod period, Optional<AccountType> account,
                                                        Caller caller) {
        return visible(org, caller).map(seen -> seen.flatMap(x -> organisationAccount(account))
                .map(x -> reads.lines(new StatementScope.Organisation(org), period, account, 0, StatementReads.ALL)));
    }

    public Mono<Result<PlatformStatement>> ofPlatform(StatementPeriod period, Caller caller) {
        if (!caller.isPlatformStaff()) {
            return Mono.just(Result.refused(Refusal.forbidden("the platform's statement is for platform staff")));
        }
        StatementScope scope = new StatementScope.Platform();
        return Mono.zip(reads.balances(scope, period).collectList(), reads.totalsByEntryType(scope, period).collectList())
                .map(t -> Result.accepted(new PlatformStatement(period, t.getT1(), t.getT2())));
    }

    public Mono<Result<Page<StatementLine>>> platformLines(StatementPeriod period, Optional<AccountType> account,
                                                           PageQuery page, Caller caller) {
        if (!caller.isPlatformStaff()) {
            return Mono.just(Result.refused(Refusal.forbidden("the platform's statement is for platform staff")));
        }
        return page(new StatementScope.Platform(), period, account, page);
    }

    public Mono<Result<Flux<StatementLine>>> allPlatformLines(StatementPeriod period, Optional<AccountType> account,
                                                              Caller caller) {
        if (!caller.isPlatformStaff()) {
            return Mono.just(Result.refused(Refusal.forbidden("the platform's statement is for platform staff")));
        }
        return Mono.just(Result.accepted(reads.lines(new StatementScope.Platform(), period, account, 0, StatementReads.ALL)));
    }

    private Mono<Result<Page<StatementLine>>> page(StatementScope scope, StatementPeriod period,
                                                   Optional<AccountType> account, PageQuery page) {
        return Mono.zip(reads.lines(scope, period, account, page.offset(), page.size()).collectList(),
                        reads.countLines(scope, period, account))
                .map(t -> Result.accepted(page.page(t.getT1(), t.getT2())));
    }

    private static Result<AccountType> organisationAccount(Optional<AccountType> account) {
        if (account.isPresent() && !StatementScope.ORGANISATION_ACCOUNTS.contains(account.get())) {
            return Result.refused(Refusal.invalidField("account", "is not an account of an organisation; one of "
                    + StatementScope.ORGANISATION_ACCOUNTS));
        }
        return Result.accepted(account.orElse(null));
    }

    private Mono<Result<UUID>> visible(UUID org, Caller caller) {
        if (caller.isPlatformStaff()) {
            return reads.organisationExists(org).map(exists -> exists ? Result.accepted(org)
                    : Result.refused(Refusal.notFound("organisation", org)));
        }
        boolean own = caller.orgId().map(o -> o.value().equals(org)).orElse(false);
        return Mono.just(own ? Result.accepted(org) : Result.refused(Refusal.notFound("organisation", org)));
    }
}
