package cn.sz.dataexchange.api.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.audit.*}: how often the audit log is checkpointed (zero: only on an
 * administrator's request) and how many stream heads one checkpoint anchors at most.
 */
@ConfigurationProperties("exchange.audit")
public record AuditProperties(Duration checkpointInterval, int checkpointMaxEntries) {

    public AuditProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(5) : checkpointInterval;
        checkpointMaxEntries = checkpointMaxEntries <= 0 ? 10_000 : checkpointMaxEntries;
    }
}
