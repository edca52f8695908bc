package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.IllegalIncome;
import cn.sz.dataexchange.api.enforcement.model.IncomeLine;
import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.Posting;
import cn.sz.dataexchange.settlement.ledger.Side;
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
