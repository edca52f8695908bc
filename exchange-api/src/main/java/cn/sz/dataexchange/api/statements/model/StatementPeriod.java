package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A statement's period: whole days {@code from} to {@code to} (both included) in the exchange's time
 * zone, Asia/Shanghai. As instants it is {@code [start, end)}: start is {@code from} at 00:00 in
 * Shanghai, end is the day after {@code to} at 00:00, so consecutive periods neither overlap nor leave
 * a gap and an entry belongs to exactly one of them.
 */
public record StatementPeriod(LocalDate from, LocalDate to, Instant start, Instant end) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static StatementPeriod of(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return new StatementPeriod(from, to, from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /**
     * From raw query parameters: dates as {@code yyyy-MM-dd}. Without {@code to}, today in Shanghai;
     * without {@code from}, the first day of {@code to}'s month.
     */
    public static Result<StatementPeriod> parse(String from, String to, Clock clock) {
        Result<LocalDate> end = to == null || to.isBlank() ? Result.accepted(LocalDate.now(clock.withZone(ZONE)))
                : date("to", to);
        return end.flatMap(last -> (from == null || from.isBlank() ? Result.accepted(last.withDayOfMonth(1))
                : date("from", from)).flatMap(first -> first.isAfter(last)
                ? Result.refused(Refusal.invalidField("from", "is after to (" + last + ")"))
                : Result.accepted(of(first, last))));
    }

    private static Result<LocalDate> date(String name, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 9998) {
                return Result.refused(Refusal.invalidField(name, "must be a date between 2000-01-01 and 9998-12-31"));
            }
            return Result.accepted(date);
        } catch (DateTimeParseException e) {
            return Result.refused(Refusal.invalidField(name, "must be a date as yyyy-MM-dd"));
        }
    }

    public String startText() {
        return start.atZone(ZONE).toOffsetDateTime().toString();
    }

    public String endText() {
        return end.atZone(ZONE).toOffsetDateTime().toString();
    }
}
