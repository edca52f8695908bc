package cn.sz.dataexchange.api.assets.infrastructure;

import cn.sz.dataexchange.api.assets.application.AssetStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assets as files: {@code <root>/staging/<id>.part} while being written, then moved atomically
 * to {@code <root>/objects/<first two hex digits>/<id>} after an fsync. A crash leaves at most a
 * {@code .part} file, which {@link #sweepStaging} removes; never a half object.
 */
public final class LocalFileAssetStorage implements AssetStorage {

    private static final Logger log = LoggerFactory.getLogger(LocalFileAssetStorage.class);

    private final Path staging;
    private final Path objects;

    public LocalFileAssetStorage(Path root) {
        this.staging = root.resolve("staging");
        this.objects = root.resolve("objects");
        try {
            Files.createDirectories(staging);
            Files.createDirectories(objects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the asset directories under " + root, e);
        }
    }

    @Override
    public Staging stage(UUID id) throws IOException {
        Path part = staging.resolve(id + ".part");
        FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new FileStaging(id, part, channel);
    }

    @Override
    public StoredObject open(UUID id) throws IOException {
        FileChannel channel = FileChannel.open(objectPath(id), StandardOpenOption.READ);
        return new StoredObject() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                return channel.read(dst, position);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    @Override
    public void delete(UUID id) throws IOException {
        Files.deleteIfExists(objectPath(id));
    }

    /** Removes staging files older than {@code age}: uploads that a crash interrupted. */
    public int sweepStaging(Duration age) {
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".part")).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep the asset staging directory {}", staging, e);
        }
        return removed;
    }

    Path objectPath(UUID id) {
        String name = id.toString();
        return objects.resolve(name.substring(0, 2)).resolve(name);
    }

    private final class FileStaging implements Staging {

        private final UUID id;
        private final Path part;
        private final FileChannel channel;
        private boolean done;

        FileStaging(UUID id, Path part, FileChannel channel) {
            this.id = id;
            this.part = part;
            this.channel = channel;
        }

        @Override
        public void write(ByteBuffer bytes) throws IOException {
            channel.write(bytes);
        }

        @Override
        public synchronized void commit() throws IOException {
            channel.force(true);
            channel.close();
            Path target = objectPath(id);
            Files.createDirectories(target.getParent());
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target);
            }
            done = true;
        }

        @Override
        public synchronized void discard() {
            if (done) {
                return;
            }
            done = true;
            try {
                channel.close();
                Files.deleteIfExists(part);
            } catch (IOException e) {
                log.warn("Could not remove the interrupted upload {}", part, e);
            }
        }
    }
}
