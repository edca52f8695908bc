package cn.sz.dataexchange.api.reconciliation;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.reconciliation.*}: whether the daily reconciliation is scheduled, at what time of
 * day (Asia/Shanghai) the previous day is reconciled, and how often a failing run is tried.
 */
@ConfigurationProperties("exchange.reconciliation")
public record ReconciliationProperties(Boolean scheduleEnabled, LocalTime runAt, Integer maxAttempts) {

    public ReconciliationProperties {
        scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
        runAt = runAt == null ? LocalTime.of(2, 30) : runAt;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("exchange.reconciliation.max-attempts must be at least 1");
        }
    }
}
