package cn.sz.dataexchange.api.delivery.application;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bytes of one logged download on their way to the client, and the log of how that ended. The
 * outcome is decided by what the connection has written, not by how the streams signalled their end:
 * a client that closes the moment it has the last byte (as curl does) cancels the body and the write
 * before the asset read has signalled its end, yet every byte was written; and a client that goes
 * away mid-way lets the write complete quietly. So: complete when the connection wrote every byte of
 * the range; otherwise cancelled, failed (the read broke) or short (the asset ended early), with the
 * bytes the connection wrote.
 */
public final class Transfer {

    /** Where the bytes go: a connection that writes a body and tells how many of its bytes it has written. */
    public interface Connection {

        /** Writes {@code body}; completes when done or when the connection is gone, errors when it broke. */
        Mono<Void> write(Flux<DataBuffer> body);

        /** Bytes of the body the connection has written so far (handed to the network, not merely queued). */
        long bytesWritten();
    }

    /** Told once how the transfer ended: the bytes written and the outcome; answers the log write. */
    @FunctionalInterface
    public interface Ending {
        Mono<Void> ended(long bytesWritten, DownloadOutcome outcome);
    }

    private final Flux<DataBuffer> source;
    private final long length;
    private final Ending ending;

    Transfer(Flux<DataBuffer> source, long length, Ending ending) {
        this.source = source;
        this.length = length;
        this.ending = ending;
    }

    public long length() {
        return length;
    }

    /**
     * Writes the range through {@code connection} and logs the outcome once. After a finished write
     * the answer waits for the log; a lost connection does not cancel the log write.
     */
    public Mono<Void> writeTo(Connection connection) {
        AtomicLong read = new AtomicLong();
        AtomicBoolean readEnded = new AtomicBoolean();
        AtomicBoolean readFailed = new AtomicBoolean();
        AtomicBoolean logged = new AtomicBoolean();
        // The body ends with its last byte, whenever the read would signal its own end.
        Flux<DataBuffer> body = length == 0 ? Flux.empty() : source
                .doOnNext(buffer -> read.addAndGet(buffer.readableByteCount()))
                .takeUntil(buffer -> read.get() >= length)
                .doOnComplete(() -> readEnded.set(true))
                .doOnError(error -> readFailed.set(true));
        Function<Boolean, Mono<Void>> log = finished -> {
            if (!logged.compareAndSet(false, true)) {
                return Mono.empty();
            }
            long written = connection.bytesWritten();
            DownloadOutcome outcome = written >= length ? DownloadOutcome.COMPLETE
                    : readFailed.get() ? DownloadOutcome.FAILED
                    : finished && readEnded.get() && written == read.get() ? DownloadOutcome.SHORT
                    : DownloadOutcome.CANCELLED;
            return Mono.fromFuture(ending.ended(written, outcome).toFuture(), true);
        };
        return Mono.defer(() -> connection.write(body))
                .then(Mono.defer(() -> log.apply(true)))
                .doOnError(error -> log.apply(false))
                .doOnCancel(() -> log.apply(false));
    }
}
