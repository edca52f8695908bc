package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.ExchangeApplication;
import cn.sz.dataexchange.api.scheduling.TaskRunner;
import cn.sz.dataexchange.api.support.TestDatabase;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import cn.sz.dataexchange.api.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Two more exchange instances (A and B) in this JVM on the same test database, the same gateway and
 * the same clock. The shared test context's own poller is stopped meanwhile, so A and B are the
 * instances that compete: deadlines are processed exactly once, and a payment interrupted between
 * PAYING and ESCROWED by the death of A is completed by B without a second escrow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest extends TradingTest {

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private Party seller;
    private Party buyer;
    private Product product;

    @BeforeAll
    void instances() {
        a = start("instance-a");
        b = start("instance-b");
    }

    @AfterAll
    void stopInstances() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
    }

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, 70_000);
        runner.stop();
    }

    @AfterEach
    void resume() {
        simulator().replaceFaults(FaultSettings.none());
        runner.start();
    }

    @Test
    void two_instances_on_one_database_process_every_deadline_exactly_once() {
        List<UUID> trades = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            trades.add(fixture.order(buyer, product));
        }
        clock.advance(Duration.ofHours(73));
        TaskRunner runnerA = a.getBean(TaskRunner.class);
        TaskRunner runnerB = b.getBean(TaskRunner.class);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Flux.just(runnerA, runnerB).flatMap(r -> r.pollOnce().subscribeOn(Schedulers.boundedElastic()), 2)
                    .blockLast();
            return trades.stream().allMatch(t -> "EXPIRED".equals(stateOf(t)));
        });

        for (UUID trade : trades) {
            assertThat(events(trade).stream().filter(e -> e.startsWith("SIGNING_DEADLINE_PASSED"))).hasSize(1);
        }
        List<Map<String, Object>> tasks = deadlineTasks(trades);
        assertThat(tasks).hasSize(20).allSatisfy(t -> {
            assertThat(t.get("attempts")).as("claimed once").isEqualTo(1);
            assertThat(t.get("outcome")).isEqualTo("done");
        });
        Set<Object> completers = tasks.stream().map(t -> t.get("completed_by")).collect(Collectors.toSet());
        assertThat(completers).containsExactlyInAnyOrder("instance-a", "instance-b");
    }

    @Test
    void a_crash_between_paying_and_escrowed_is_resumed_by_the_other_instance_without_paying_twice() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        long hangs = simulator().stats().hangsInjected();
        long applied = simulator().stats().operationsApplied();
        simulator().replaceFaults(FaultSettings.none().hangingNext(1, 3_000));
        WebTestClient atA = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port(a))
                .responseTimeout(Duration.ofSeconds(30)).build();
        String token = buyer.token();
        reactor.core.publisher.Mono.fromRunnable(() -> atA.post().uri("/api/v1/trades/{id}/payment", trade)
                        .headers(h -> {
                            h.setBearerAuth(token);
                            h.set("Idempotency-Key", UUID.randomUUID().toString());
                        }).exchange())
                .subscribeOn(Schedulers.boundedElastic()).onErrorResume(e -> reactor.core.publisher.Mono.empty())
                .subscribe();

        await().atMost(Duration.ofSeconds(10)).until(() -> "PAYING".equals(stateOf(trade))
                && simulator().stats().hangsInjected() > hangs);
        a.close();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            b.getBean(TaskRunner.class).pollOnce().block();
            return "ESCROWED".equals(stateOf(trade));
        });
        assertThat(simulator().stats().operationsApplied() - applied).as("one escrow at the gateway").isEqualTo(1);
        assertThat(journalEntryTypes(trade)).containsExactly((short) 1);
        Map<String, Object> pay = db.sql("""
                        SELECT attempts, completed_by FROM scheduled_tasks WHERE subject = :s AND kind = 'trade.pay'""")
                .bind("s", "trade:" + trade).fetch().one().block();
        assertThat(pay).containsEntry("attempts", 2).containsEntry("completed_by", "instance-b");
        assertThat(events(trade)).endsWith("PAY->PAYING", "ESCROW_HELD->ESCROWED");
    }

    private String stateOf(UUID trade) {
        Short code = db.sql("SELECT state FROM trades WHERE id = :id").bind("id", trade)
                .map(row -> row.get("state", Short.class)).one().block();
        return cn.sz.dataexchange.api.trading.model.TradeState.ofCode(code).name();
    }

    private List<Map<String, Object>> deadlineTasks(List<UUID> trades) {
        return db.sql("""
                        SELECT subject, attempts, outcome, completed_by FROM scheduled_tasks
                        WHERE kind = 'trade.deadline' AND payload LIKE '%SIGNING%' AND subject = ANY(:subjects)""")
                .bind("subjects", trades.stream().map(t -> "trade:" + t).toArray(String[]::new))
                .fetch().all().collectList().block();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private ConfigurableApplicationContext start(String instance) {
        TestDatabase.Connection database = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("server.shutdown", "immediate");
        properties.put("exchange.database.embedded-enabled", false);
        properties.put("spring.r2dbc.url", database.r2dbcUrl());
        properties.put("spring.r2dbc.username", database.user());
        properties.put("spring.r2dbc.password", database.password());
        properties.put("spring.flyway.url", database.jdbcUrl());
        properties.put("spring.flyway.user", database.user());
        properties.put("spring.flyway.password", database.password());
        properties.put("exchange.security.master-key", MASTER_KEY);
        properties.put("exchange.security.client-secret-bcrypt-cost", 4);
        properties.put("exchange.bootstrap.admin-client-id", ADMIN_CLIENT);
        properties.put("exchange.bootstrap.admin-client-secret", ADMIN_SECRET);
        properties.put("exchange.data-dir", IntegrationTest.DATA_DIR.toString());
        properties.put("exchange.trading.scheduler.instance-id", instance);
        properties.put("exchange.trading.scheduler.lease", "3s");
        properties.put("exchange.trading.scheduler.poll-interval", "100ms");
        properties.put("exchange.trading.scheduler.batch-size", 3);
        properties.put("exchange.payment.gateway.timeout", "10s");
        properties.put("exchange.trading.step-wait", "30s");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ExchangeApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("sharedTestClock", clock))
                .run(arguments);
    }
}
