package cn.sz.dataexchange.api.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code exchange.consent.*}: limits of bulk imports.
 *
 * @param maxImportSize  largest import body (default 8GB, some 20 million records)
 * @param maxLineSize    longest line (default 64KB)
 * @param batchSize      records per COPY chunk (default 1000)
 * @param errorsListed   line errors listed in the response (default 1000; all are counted)
 */
@ConfigurationProperties("exchange.consent")
public record ConsentProperties(DataSize maxImportSize, DataSize maxLineSize, Integer batchSize, Integer errorsListed) {

    public ConsentProperties {
        maxImportSize = maxImportSize == null ? DataSize.ofGigabytes(8) : maxImportSize;
        maxLineSize = maxLineSize == null ? DataSize.ofKilobytes(64) : maxLineSize;
        batchSize = batchSize == null || batchSize < 1 ? 1000 : batchSize;
        errorsListed = errorsListed == null || errorsListed < 0 ? 1000 : errorsListed;
    }
}
