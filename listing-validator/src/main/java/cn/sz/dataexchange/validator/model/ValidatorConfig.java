package cn.sz.dataexchange.validator.model;

import cn.sz.dataexchange.validator.vocabulary.DataCategory;

import java.util.Set;

/**
 * The engine's thresholds and lists.
 *
 * @param kAnonymity           smallest equivalence class an anonymization claim tolerates (default 5)
 * @param lDiversity           distinct sensitive values each class needs when a sensitive column is declared (default 2)
 * @param minorAgeYears        below this age a subject is a minor (Art. 20: fourteen)
 * @param consentBatchSize     subject keys per ConsentLedger call (default 4096)
 * @param sampleLimit          line numbers and masked values kept per finding (default 10)
 * @param prohibitedCategories personal data categories that may not be traded at all
 * @param prohibitedTags       content tags that may not be traded (Art. 67(3))
 * @param importantDataCatalog content tags listed in the important-data catalog (Art. 74)
 * @param bufferBytes          read buffer size
 * @param maxRecordBytes       longest record accepted before the asset is refused as bad input
 * @param progressEveryBytes   how often the progress listener hears from the engine
 */
public record ValidatorConfig(int kAnonymity, int lDiversity, int minorAgeYears, int consentBatchSize,
                              int sampleLimit, Set<DataCategory> prohibitedCategories, Set<String> prohibitedTags,
                              Set<String> importantDataCatalog, int bufferBytes, int maxRecordBytes,
                              long progressEveryBytes) {

    public ValidatorConfig {
        if (kAnonymity < 1 || lDiversity < 1 || consentBatchSize < 1 || sampleLimit < 0 || bufferBytes < 1024) {
            throw new IllegalArgumentException("thresholds must be positive");
        }
        prohibitedCategories = prohibitedCategories == null ? Set.of() : Set.copyOf(prohibitedCategories);
        prohibitedTags = prohibitedTags == null ? Set.of() : Set.copyOf(prohibitedTags);
        importantDataCatalog = importantDataCatalog == null ? Set.of() : Set.copyOf(importantDataCatalog);
    }

    public static ValidatorConfig defaults() {
        return new ValidatorConfig(5, 2, 14, 4096, 10, Set.of(),
                Set.of("state-secret", "military-facility", "core-data"), Set.of(),
                1 << 20, 64 << 20, 8L << 20);
    }

    public ValidatorConfig withKAnonymity(int k) {
        return new ValidatorConfig(k, lDiversity, minorAgeYears, consentBatchSize, sampleLimit, prohibitedCategories,
                prohibitedTags, importantDataCatalog, bufferBytes, maxRecordBytes, progressEveryBytes);
    }

    public ValidatorConfig withImportantDataCatalog(Set<String> tags) {
        return new ValidatorConfig(kAnonymity, lDiversity, minorAgeYears, consentBatchSize, sampleLimit,
                prohibitedCategories, prohibitedTags, tags, bufferBytes, maxRecordBytes, progressEveryBytes);
    }

    public ValidatorConfig withConsentBatchSize(int size) {
        return new ValidatorConfig(kAnonymity, lDiversity, minorAgeYears, size, sampleLimit, prohibitedCategories,
                prohibitedTags, importantDataCatalog, bufferBytes, maxRecordBytes, progressEveryBytes);
    }

    public ValidatorConfig withProhibitedCategories(Set<DataCategory> categories) {
        return new ValidatorConfig(kAnonymity, lDiversity, minorAgeYears, consentBatchSize, sampleLimit, categories,
                prohibitedTags, importantDataCatalog, bufferBytes, maxRecordBytes, progressEveryBytes);
    }
}
