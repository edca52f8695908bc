package cn.sz.dataexchange.api.statements.application;

import cn.sz.dataexchange.api.statements.model.AccountBalance;
import cn.sz.dataexchange.api.statements.model.EntryTypeTotal;
import cn.sz.dataexchange.api.statements.model.StatementLine;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.model.StatementScope;
import cn.sz.dataexchange.api.statements.model.TradeMoney;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Port: reads over the journal for statements. Lines and trades come in a stable order (lines by
 * recorded time, entry id, line number; trades by their first entry, then id), so pages never
 * overlap or skip. A {@code limit} of {@link #ALL} streams every row.
 */
public interface StatementReads {

    int ALL = -1;

    /** Opening, debits, credits and closing of every account in scope that has a line before the period's end. */
    Flux<AccountBalance> balances(StatementScope scope, StatementPeriod period);

    Flux<EntryTypeTotal> totalsByEntryType(StatementScope scope, StatementPeriod period);

    Flux<StatementLine> lines(StatementScope scope, StatementPeriod period, Optional<AccountType> account, long offset,
                              int limit);

    Mono<Long> countLines(StatementScope scope, StatementPeriod period, Optional<AccountType> account);

    /** The organisation's trades with lines in the period or money still in escrow at its end. */
    Flux<TradeMoney> trades(UUID org, StatementPeriod period, long offset, int limit);

    Mono<Long> countTrades(UUID org, StatementPeriod period);

    /** One trade of the organisation over its whole life; empty if the organisation is not a party. */
    Mono<TradeMoney> trade(UUID org, UUID trade);

    Flux<StatementLine> linesOfTrade(UUID trade);

    Mono<Boolean> organisationExists(UUID org);
}
