package cn.sz.dataexchange.contracts.receipt;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The SHA-256 and size of a file, read as a stream (blocking I/O: keep it off event-loop threads). */
public record DeliveredFile(Sha256Digest sha256, long bytes) {

    public static DeliveredFile of(Path file) throws IOException {
        MessageDigest digest = Sha256Digest.newDigest();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                total += read;
            }
        }
        return new DeliveredFile(new Sha256Digest(HexFormat.of().formatHex(digest.digest())), total);
    }
}
