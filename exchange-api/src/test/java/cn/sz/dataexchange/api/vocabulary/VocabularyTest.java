package cn.sz.dataexchange.api.vocabulary;

import cn.sz.dataexchange.api.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The vocabularies are published without a token, sensitive and biometric categories marked. */
class VocabularyTest extends IntegrationTest {

    @Test
    void purposes_and_data_categories_are_published_with_sensitive_ones_marked() {
        http.get().uri("/api/v1/vocabulary/purposes").exchange().expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1))
                        .cachePublic())
                .expectBody().jsonPath("$[?(@.code == 'CREDIT_ASSESSMENT')].description").exists();
        http.get().uri("/api/v1/vocabulary/data-categories").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == 'BIOMETRIC')].sensitive").isEqualTo(true)
                .jsonPath("$[?(@.code == 'BIOMETRIC')].biometric").isEqualTo(true)
                .jsonPath("$[?(@.code == 'CONTACT')].sensitive").isEqualTo(false)
                .jsonPath("$[?(@.code == 'IDENTITY_DOCUMENT')].standardGroup").isEqualTo("personal identity information");
    }
}
