package cn.sz.dataexchange.api.audit;

import java.time.Instant;

/** One recorded step. {@code hash} chains it to the previous event of the same stream. */
public record AuditEvent(long seq, String stream, int streamSeq, Instant occurredAt, String actor,
                         String action, String payload, String prevHash, String hash) {
}
