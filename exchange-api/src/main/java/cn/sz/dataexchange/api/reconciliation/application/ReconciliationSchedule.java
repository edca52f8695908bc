package cn.sz.dataexchange.api.reconciliation.application;

import cn.sz.dataexchange.api.reconciliation.ReconciliationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, plans the daily reconciliation (once, whatever the number of instances) when
 * {@code exchange.reconciliation.schedule-enabled}; each completed day plans the next.
 */
@Component
public class ReconciliationSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final DailyReconciliation daily;
    private final ReconciliationProperties properties;

    public ReconciliationSchedule(DailyReconciliation daily, ReconciliationProperties properties) {
        this.daily = daily;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void plan() {
        if (!properties.scheduleEnabled()) {
            return;
        }
        daily.planYesterday().subscribe(null, e -> log.warn("Could not plan the daily reconciliation: {}", e.toString()));
    }
}
