package cn.sz.dataexchange.api.statements.web;

import cn.sz.dataexchange.api.statements.model.StatementLine;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.model.TradeMoney;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Statement rows as CSV (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line
 * break; UTF-8). Amounts appear twice: integer fen and a plain decimal yuan figure without grouping
 * or currency sign, which spreadsheets and accounting imports read as a number. A field that starts
 * with =, +, - or @ is prefixed with an apostrophe so no spreadsheet runs it as a formula.
 */
final class StatementCsv {

    static final String LINE_HEADER = row(List.of("recorded_at", "entry_id", "line_no", "entry_type", "trade_id",
            "reference", "account", "owner", "side", "amount_fen", "amount_yuan"));
    static final String TRADE_HEADER = row(List.of("trade_id", "role", "seller", "buyer", "first_recorded_at",
            "paid_fen", "released_fen", "platform_fee_fen", "seller_net_fen", "refunded_fen", "held_at_end_fen"));

    private StatementCsv() {
    }

    static String line(StatementLine l) {
        return row(List.of(shanghai(l.recordedAt()), l.entryId().toString(), Integer.toString(l.lineNo()),
                l.entryType().name(), l.tradeId() == null ? "" : l.tradeId(), l.reference(), l.accountType().name(),
                l.accountOwner(), l.side().name(), Long.toString(l.amountFen()), Money.ofFen(l.amountFen()).toPlainString()));
    }

    static String trade(TradeMoney t) {
        return row(List.of(t.tradeId().toString(), t.role(), t.sellerOrg().toString(), t.buyerOrg().toString(),
                shanghai(t.firstRecordedAt()), Long.toString(t.paidFen()), Long.toString(t.releasedFen()),
                Long.toString(t.feeFen()), Long.toString(t.sellerNetFen()), Long.toString(t.refundedFen()),
                Long.toString(t.heldAtEndFen())));
    }

    /** An instant as ISO-8601 with the Shanghai offset, e.g. {@code 2026-12-08T11:21:41.5+08:00}. */
    static String shanghai(Instant at) {
        return at.atZone(StatementPeriod.ZONE).toOffsetDateTime().toString();
    }

    static String row(List<String> fields) {
        return fields.stream().map(StatementCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
