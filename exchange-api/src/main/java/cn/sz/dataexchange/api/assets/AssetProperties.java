package cn.sz.dataexchange.api.assets;

import cn.sz.dataexchange.api.assets.model.EncryptionPolicy;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code exchange.assets.*}: upload limits, encryption at rest, where files live.
 *
 * @param maxSize            largest asset accepted (default 20GB)
 * @param formats            formats accepted (default CSV and JSON_LINES)
 * @param encryption         ALL (default) or DECLARED_SENSITIVE
 * @param segmentSize        plaintext segment of the encrypted format (default 256KB)
 * @param directory          where asset files live (default {@code <data dir>/assets})
 * @param ioThreads          threads for asset I/O, hashing and encryption (default: 2 x cores)
 * @param stagingMaxAge      staging files older than this are leftovers of a crash and are removed at start
 */
@ConfigurationProperties("exchange.assets")
public record AssetProperties(DataSize maxSize, Set<AssetFormat> formats, EncryptionPolicy encryption,
                              DataSize segmentSize, String directory, Integer ioThreads, Duration stagingMaxAge) {

    public AssetProperties {
        maxSize = maxSize == null ? DataSize.ofGigabytes(20) : maxSize;
        formats = formats == null || formats.isEmpty() ? Set.of(AssetFormat.CSV, AssetFormat.JSON_LINES) : Set.copyOf(formats);
        encryption = encryption == null ? EncryptionPolicy.ALL : encryption;
        segmentSize = segmentSize == null ? DataSize.ofKilobytes(256) : segmentSize;
        ioThreads = ioThreads == null || ioThreads < 1 ? 2 * Runtime.getRuntime().availableProcessors() : ioThreads;
        stagingMaxAge = stagingMaxAge == null ? Duration.ofHours(6) : stagingMaxAge;
    }
}
