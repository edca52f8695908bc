package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.IllegalIncome;
import cn.sz.dataexchange.api.enforcement.model.IncomeLine;
import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.Posting;
import cn.sz.dataexchange.settlement.ledger.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Illegal income of a case's trades, read from the payment area's journal (its port, not its
 * tables): the buyers' payments into escrow count as gross, refunds to the buyers are deducted,
 * every other posting of the trades is listed for information.
 */
@Component
public class LedgerLines {

    private final Journal journal;

    public LedgerLines(Journal journal) {
        this.journal = journal;
    }

    public Mono<IllegalIncome> illegalIncomeOf(Collection<UUID> trades) {
        return Flux.fromIterable(trades)
                .concatMap(trade -> journal.ofTrade(trade.toString())
                        .concatMapIterable(entry -> linesOf(trade, entry)))
                .collectList()
                .map(IllegalIncome::of);
    }

    /** The respondent's sales through this exchange in the calendar year (China Standard Time) before {@code at}. */
    public Mono<SalesOnExchange> salesInPreviousYear(UUID respondent, Instant at) {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        int year = at.atZone(china).getYear() - 1;
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(china).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(china).toInstant();
        return journal.salesReleasedTo(respondent.toString(), from, to).map(total -> new SalesOnExchange(year, total));
    }

    /** A lower bound of the previous year's turnover: sales through this exchange only, never the turnover itself. */
    public record SalesOnExchange(int year, long amountFen) {

        public static final String LABEL = "lower bound only: the respondent's sales through this exchange in the"
                + " year (gross price of trades whose escrow was released to it), not its turnover";
    }

    static List<IncomeLine> linesOf(UUID trade, JournalEntry entry) {
        List<IncomeLine> lines = new ArrayList<>();
        for (Posting p : entry.postings()) {
            IncomeLine.Effect effect = IncomeLine.Effect.INFORMATION;
            if (entry.type() == EntryType.ESCROW_FUNDED && p.side() == Side.CREDIT) {
                effect = IncomeLine.Effect.GROSS;
            } else if (entry.type() == EntryType.ESCROW_REFUNDED && p.side() == Side.CREDIT) {
                effect = IncomeLine.Effect.REFUND;
            }
            lines.add(new IncomeLine(trade, entry.id().value(), entry.type().name(), p.account().toString(),
                    p.side().name(), p.amount().fen(), entry.recordedAt(), effect));
        }
        return lines;
    }
}
