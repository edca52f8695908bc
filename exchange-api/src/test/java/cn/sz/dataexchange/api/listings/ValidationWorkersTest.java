package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.listings.application.RunningValidation;
import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import cn.sz.dataexchange.api.listings.infrastructure.ValidationWorker;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Validation with several instances on one database: every run is done exactly once, a run whose
 * instance died is taken over when its lease runs out, and progress can be followed from anywhere
 * as server-sent events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationWorkersTest extends IntegrationTest {

    @Autowired
    ValidationWorker contextWorker;
    @Autowired
    ValidationRuns runs;
    @Autowired
    RunningValidation running;
    @Autowired
    DatabaseClient db;

    private ListingFixtures fixtures;
    private Members.Member seller;
    private final List<ValidationWorker> extraWorkers = new ArrayList<>();

    @BeforeAll
    void createSeller() {
        fixtures = new ListingFixtures(http);
        seller = members().seller();
    }

    @AfterEach
    void restoreWorkers() {
        extraWorkers.forEach(ValidationWorker::stop);
        extraWorkers.clear();
        if (!contextWorker.isRunning()) {
            contextWorker.start();
        }
    }

    private ValidationWorker anotherInstance() {
        ValidationWorker worker = new ValidationWorker(runs, running, clock, Duration.ofMillis(100), Duration.ofSeconds(30), 2);
        extraWorkers.add(worker);
        worker.start();
        return worker;
    }

    private UUID draft() {
        UUID asset = fixtures.upload(seller, "district,households\nFutian,1200\n".getBytes());
        return fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Households",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))), 100));
    }

    @Test
    void two_instances_validate_every_run_exactly_once() {
        anotherInstance();
        List<UUID> listings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID id = draft();
            fixtures.submit(seller, id);
            listings.add(id);
        }
        for (UUID id : listings) {
            assertThat(fixtures.awaitValidation(seller.token(), id).get("attempts")).isEqualTo(1);
            assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("PENDING_REVIEW");
            assertThat(count("SELECT count(*) AS n FROM validation_runs WHERE listing_id = :id", id)).isEqualTo(1);
            assertThat(count("SELECT count(*) AS n FROM listing_status_events WHERE listing_id = :id AND to_status = 40", id))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_run_whose_instance_died_is_taken_over_when_its_lease_expires() {
        contextWorker.stop();
        UUID id = draft();
        fixtures.submit(seller, id);
        crash(id, 1);

        anotherInstance();

        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);
        assertThat(validation.get("state")).isEqualTo("SUCCEEDED");
        assertThat(validation.get("attempts")).isEqualTo(2);
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("PENDING_REVIEW");
    }

    @Test
    void a_run_that_keeps_failing_is_abandoned_and_the_version_returns_to_draft() {
        contextWorker.stop();
        UUID id = draft();
        fixtures.submit(seller, id);
        crash(id, 3);

        anotherInstance();

        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);
        assertThat(validation.get("state")).isEqualTo("FAILED");
        assertThat((String) validation.get("error")).contains("3 attempts");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("DRAFT"));
    }

    @Test
    void progress_streams_as_server_sent_events_from_queued_to_completed() {
        contextWorker.stop();
        UUID id = draft();
        fixtures.submit(seller, id);
        reactor.core.publisher.Mono.delay(Duration.ofMillis(800)).subscribe(t -> contextWorker.start());

        List<ServerSentEvent<Map<String, Object>>> events = http.get().uri("/api/v1/listings/{id}/validation/events", id)
                .headers(h -> h.setBearerAuth(seller.token())).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().collectList().block(Duration.ofSeconds(30));

        assertThat(events).isNotEmpty();
        assertThat(events.get(0).event()).isEqualTo("progress");
        assertThat(events.get(0).data()).containsEntry("state", "QUEUED");
        ServerSentEvent<Map<String, Object>> last = events.get(events.size() - 1);
        assertThat(last.event()).isEqualTo("completed");
        assertThat(last.data()).containsEntry("verdict", "PASS").containsEntry("percent", 100);
        assertThat(last.data().get("report")).isNotNull();
    }

    /** Makes the listing's queued run look like one an instance leased and then died holding. */
    private void crash(UUID listingId, int attempts) {
        db.sql("""
                        UPDATE validation_runs SET state = 20, lease_owner = 'crashed-instance', attempts = :attempts,
                               lease_until = :expired WHERE listing_id = :id AND state = 10""")
                .bind("attempts", attempts).bind("expired", Instant.now().minusSeconds(60)).bind("id", listingId)
                .fetch().rowsUpdated().block();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(row -> row.get("n", Long.class)).one().block();
    }
}
