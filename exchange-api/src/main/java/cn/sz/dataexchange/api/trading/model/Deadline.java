package cn.sz.dataexchange.api.trading.model;

import java.time.Instant;

/** A time limit now running for a trade. */
public record Deadline(DeadlineKind kind, Instant at) {
}
