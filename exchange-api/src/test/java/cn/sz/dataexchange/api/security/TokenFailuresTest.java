package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.netty.http.client.HttpClient;

/**
 * Wrong secrets are limited by source address: someone who knows a client id cannot lock its
 * owner out, and a source trying unknown ids is refused before any hashing. Each caller here
 * connects from its own loopback address (127.0.0.0/8 is all loopback).
 */
class TokenFailuresTest extends IntegrationTest {

    @Value("${local.server.port}")
    int port;

    private WebTestClient from(String address) {
        HttpClient client = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
                .baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static int token(WebTestClient client, String id, String secret) {
        return client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", id).with("client_secret", secret))
                .exchange().returnResult(String.class).getStatus().value();
    }

    @Test
    void wrong_secrets_from_one_address_do_not_lock_the_owner_out_elsewhere() {
        Members.Member victim = members().buyer();
        WebTestClient attacker = from("127.0.0.11");
        WebTestClient owner = from("127.0.0.12");
        int refusedAfter = -1;
        for (int i = 0; i < 40; i++) {
            int status = token(attacker, victim.clientId(), "guess-" + i);
            if (status == 429) {
                refusedAfter = i;
                break;
            }
            assertThat(status).isEqualTo(401);
        }
        assertThat(refusedAfter).as("the guessing address is slowed down").isEqualTo(10);
        assertThat(token(attacker, victim.clientId(), victim.clientSecret()))
                .as("even the right secret from the guessing address waits").isEqualTo(429);
        assertThat(token(owner, victim.clientId(), victim.clientSecret()))
                .as("the owner, elsewhere, keeps working").isEqualTo(200);

        advanceClock(Duration.ofSeconds(61));
        assertThat(token(attacker, victim.clientId(), victim.clientSecret())).as("a minute later").isEqualTo(200);
    }

    @Test
    void unknown_client_ids_cost_a_bounded_number_of_hashes_per_address() {
        WebTestClient prober = from("127.0.0.13");
        int hashed = 0;
        int status = 401;
        while (status == 401 && hashed < 100) {
            status = token(prober, "nobody-" + hashed, "wrong");
            if (status == 401) {
                hashed++;
            }
        }
        assertThat(status).isEqualTo(429);
        assertThat(hashed).as("failures an address may cause per minute").isEqualTo(30);
        long start = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThat(token(prober, "nobody-more-" + i, "wrong")).isEqualTo(429);
        }
        // Functional check, not a timing test: a refused request does no hashing, so 50 of them
        // take far less than 50 BCrypt comparisons at the production cost would (~5 s).
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(token(from("127.0.0.14"), "nobody", "wrong")).as("other addresses unaffected").isEqualTo(401);
    }

    @Test
    void failure_windows_count_per_source_and_per_client_and_source() {
        var clock = new cn.sz.dataexchange.api.support.MutableClock();
        FailedAuthentications failures = new FailedAuthentications(clock, Duration.ofMinutes(1), 3, 2);
        failures.failed("a", "c1");
        failures.failed("a", "c1");
        assertThat(failures.clientBlockedFor("c1", "a")).isPositive();
        assertThat(failures.clientBlockedFor("c1", "b")).isZero();
        assertThat(failures.clientBlockedFor("c2", "a")).isZero();
        assertThat(failures.sourceBlockedFor("a")).isZero();
        failures.failed("a", null);
        assertThat(failures.sourceBlockedFor("a")).isBetween(1L, 60L);
        clock.advance(Duration.ofMinutes(1));
        assertThat(failures.sourceBlockedFor("a")).isZero();
        assertThat(failures.clientBlockedFor("c1", "a")).isZero();
        assertThat(FailedAuthentications.sourceOf(new InetSocketAddress("2001:db8:1:2:3:4:5:6", 1)))
                .isEqualTo(FailedAuthentications.sourceOf(new InetSocketAddress("2001:db8:1:2:ffff::1", 1)));
    }
}
