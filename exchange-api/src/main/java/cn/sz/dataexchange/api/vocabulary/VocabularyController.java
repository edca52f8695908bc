package cn.sz.dataexchange.api.vocabulary;

import cn.sz.dataexchange.api.security.AccessRules;
import cn.sz.dataexchange.validator.vocabulary.Vocabulary;
import cn.sz.dataexchange.validator.vocabulary.VocabularyTerm;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vocabularies are public: consent management systems and sellers' pipelines read them
 * without an account. Codes are stable; descriptions may improve.
 */
@RestController
public class VocabularyController {

    @Operation(summary = "Processing purposes a product may be offered for and consents may cover (open)")
    @GetMapping("/api/v1/vocabulary/purposes")
    public ResponseEntity<List<VocabularyTerm>> purposes() {
        return cached(Vocabulary.purposes());
    }

    @Operation(summary = "Personal data categories (GB/T 35273), sensitive and biometric ones marked (open)")
    @GetMapping("/api/v1/vocabulary/data-categories")
    public ResponseEntity<List<VocabularyTerm>> dataCategories() {
        return cached(Vocabulary.dataCategories());
    }

    private static ResponseEntity<List<VocabularyTerm>> cached(List<VocabularyTerm> terms) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(terms);
    }

    /** Who may read the vocabularies: anyone. */
    @Configuration(proxyBeanMethods = false)
    static class VocabularyAccess {

        @Bean
        AccessRules vocabularyAccessRules() {
            return ex -> ex.matchers(AccessRules.reading("/api/v1/vocabulary/**")).permitAll();
        }
    }
}
