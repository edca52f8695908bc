package cn.sz.dataexchange.api.listings;

import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.listings.*}: how validations run.
 *
 * @param validation the validation queue and the validator's thresholds
 */
@ConfigurationProperties("exchange.listings")
public record ListingsProperties(Validation validation) {

    public ListingsProperties {
        validation = validation == null ? new Validation(null, null, null, null, null, null, null, null, null, null)
                : validation;
    }

    /**
     * @param concurrency          validations one instance runs at once (default 1)
     * @param pollInterval         how often an instance looks for queued runs (default 1s)
     * @param lease                how long a run stays leased without a heartbeat (default 30s)
     * @param progressInterval     how often progress is written (default 500ms)
     * @param eventsPollInterval   how often the server-sent events endpoint reads progress (default 300ms)
     * @param maxAttempts          attempts before a run is abandoned (default 3)
     * @param kAnonymity           smallest equivalence class for anonymization claims (default 5)
     * @param consentBatchSize     subject keys per consent ledger lookup, made as four concurrent queries (default 16384)
     * @param importantDataCatalog content tags of the important-data catalog (Art. 74)
     * @param prohibitedCategories personal data categories that may not be traded at all
     */
    public record Validation(Integer concurrency, Duration pollInterval, Duration lease, Duration progressInterval,
                             Duration eventsPollInterval, Integer maxAttempts, Integer kAnonymity, Integer consentBatchSize,
                             Set<String> importantDataCatalog, Set<DataCategory> prohibitedCategories) {

        public Validation {
            concurrency = concurrency == null || concurrency < 1 ? 1 : concurrency;
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            lease = lease == null ? Duration.ofSeconds(30) : lease;
            progressInterval = progressInterval == null ? Duration.ofMillis(500) : progressInterval;
            eventsPollInterval = eventsPollInterval == null ? Duration.ofMillis(300) : eventsPollInterval;
            maxAttempts = maxAttempts == null || maxAttempts < 1 ? 3 : maxAttempts;
            kAnonymity = kAnonymity == null ? 5 : kAnonymity;
            consentBatchSize = consentBatchSize == null ? 16384 : consentBatchSize;
            importantDataCatalog = importantDataCatalog == null ? Set.of() : Set.copyOf(importantDataCatalog);
            prohibitedCategories = prohibitedCategories == null ? Set.of() : Set.copyOf(prohibitedCategories);
        }

        public ValidatorConfig validatorConfig() {
            return ValidatorConfig.defaults().withKAnonymity(kAnonymity).withConsentBatchSize(consentBatchSize)
                    .withImportantDataCatalog(importantDataCatalog).withProhibitedCategories(prohibitedCategories);
        }
    }
}
