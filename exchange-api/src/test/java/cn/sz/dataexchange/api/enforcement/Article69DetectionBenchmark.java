package cn.sz.dataexchange.api.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.enforcement.application.DetectingDifferentialPricing;
import cn.sz.dataexchange.api.enforcement.application.DetectionRuns;
import cn.sz.dataexchange.api.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Art. 69 detection over one million recorded trades (not part of the build: the name is not a test
 * name, and it runs only with {@code -Denforcement.bench=true}). Run with the service's heap:
 * {@code JAVA_TOOL_OPTIONS=-Xmx1152m ./mvnw -B -o -pl exchange-api -am verify -Dtest=Article69DetectionBenchmark
 * -Denforcement.bench=true -Dsurefire.failIfNoSpecifiedTests=false}. 20 sellers, 10,000 listings of 100
 * trades each over a year, 100 buyers, ten planted listings where one trade paid 50 % more.
 */
@EnabledIfSystemProperty(named = "enforcement.bench", matches = "true")
class Article69DetectionBenchmark extends IntegrationTest {

    static final int TRADES = 1_000_000;
    static final int LISTINGS = 10_000;

    @Autowired
    DatabaseClient db;
    @Autowired
    DetectionRuns runs;
    @Autowired
    DetectingDifferentialPricing detection;

    @Test
    void a_run_over_one_million_trades() {
        long load = System.nanoTime();
        db.sql("""
                        INSERT INTO organisations (id, name, credit_code, contact_email, roles, status, registered_at,
                                                   status_changed_at)
                        SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(o), 12, '0'))::uuid, 'bench ' || o,
                               'B' || lpad(o::text, 17, '0'), 'bench@example.cn', ARRAY['SELLER', 'BUYER'], 20, now(), now()
                        FROM generate_series(1, 120) o ON CONFLICT DO NOTHING""").then().block();
        db.sql("""
                        INSERT INTO trades (id, listing_id, listing_version, seller_org, buyer_org, listing_title, asset_id,
                            asset_sha256, asset_bytes, price_fen, list_price_fen, purpose, territory, state, version,
                            security_level, trading_cost_fen, credit_status, trade_link, duration_days, created_at,
                            updated_at)
                        SELECT gen_random_uuid(),
                               ('10000000-0000-0000-0000-' || lpad(to_hex(g % :listings), 12, '0'))::uuid, 1,
                               ('00000000-0000-0000-0000-' || lpad(to_hex(1 + (g % :listings) % 20), 12, '0'))::uuid,
                               ('00000000-0000-0000-0000-' || lpad(to_hex(21 + (g / :listings) % 100), 12, '0'))::uuid,
                               'bench', '20000000-0000-0000-0000-000000000000', repeat('0', 64), 1,
                               CASE WHEN g / :listings = 50 AND g % :listings < 10 THEN (100000 + g % :listings) * 3 / 2 ELSE 100000 + g % :listings END,
                               100000 + g % :listings, 'STATISTICS', '{CN}', 90, 0, 3, 1000, 2, 'exchange', 180,
                               timestamptz '2026-01-01 00:00:00+00' + (g / :listings) * interval '87 hours'
                                   + (g % :listings) * interval '1 second',
                               timestamptz '2026-01-01 00:00:00+00'
                        FROM generate_series(0, :trades - 1) g""")
                .bind("listings", LISTINGS).bind("trades", TRADES).then().block(Duration.ofMinutes(10));
        db.sql("ANALYZE trades").then().block();
        System.out.printf("loaded %,d trades in %.1f s%n", TRADES, (System.nanoTime() - load) / 1e9);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        UUID runId = UUID.randomUUID();
        runs.start(new DetectionRuns.Run(runId, "ON_DEMAND", "benchmark", "RUNNING", detection.policyText(),
                clock().instant(), Optional.empty(), DetectionRuns.Counts.none(), Optional.empty())).block();

        long start = System.nanoTime();
        DetectionRuns.Counts counts = detection.execute(runId, "benchmark").block(Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        System.out.printf("art69 run: %,d trades, %,d groups, %,d pairs, %d findings, %d cases in %.1f s;"
                        + " heap max %,d MiB, peak used %,d MiB (sum of pool peaks)%n", counts.tradesScanned(),
                counts.groupsCompared(), counts.pairsCompared(), counts.findings(), counts.casesOpened(), seconds,
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
        assertThat(counts.tradesScanned()).isGreaterThanOrEqualTo(TRADES);
        assertThat(counts.findings()).isGreaterThanOrEqualTo(10);
        assertThat(seconds).isLessThan(30);
    }
}
