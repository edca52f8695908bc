package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

class RateLimitTest extends IntegrationTest {

    @Test
    void a_client_asking_for_too_many_tokens_gets_429_with_retry_after() {
        Members.Member buyer = members().buyer();
        int granted = 1;
        int status = 200;
        String retryAfter = null;
        while (status == 200 && granted < 100) {
            var result = http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                            .with("client_id", buyer.clientId()).with("client_secret", buyer.clientSecret()))
                    .exchange().returnResult(String.class);
            status = result.getStatus().value();
            retryAfter = result.getResponseHeaders().getFirst("Retry-After");
            if (status == 200) {
                granted++;
            }
        }
        assertThat(status).isEqualTo(429);
        assertThat(granted).isEqualTo(30);
        assertThat(retryAfter).isNotBlank();
    }

    @Test
    void per_client_api_budgets_are_enforced_by_the_rate_limiter() {
        RateLimits limits = new RateLimits(new SecurityProperties(null, null, null, null, null, null,
                new SecurityProperties.RateLimit(3, 1), null));
        assertThat(limits.api("a").admitted()).isTrue();
        assertThat(limits.api("a").admitted()).isTrue();
        assertThat(limits.api("a").admitted()).isTrue();
        RateLimits.Admission fourth = limits.api("a");
        assertThat(fourth.admitted()).isFalse();
        assertThat(fourth.retryAfterSeconds()).isEqualTo(1);
        assertThat(limits.api("b").admitted()).as("another client has its own budget").isTrue();
    }
}
