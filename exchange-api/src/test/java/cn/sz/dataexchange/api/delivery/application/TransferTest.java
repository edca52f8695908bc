package cn.sz.dataexchange.api.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The outcome of a download is what the connection wrote, whatever the streams signalled. */
class TransferTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void every_byte_written_is_complete_even_when_the_write_is_then_cancelled() {
        Connection connection = new Connection(body -> body.then(Mono.never()));
        transfer(chunks(4, 10), 40).writeTo(connection).subscribe().dispose();
        assertThat(log).containsExactly("complete:40");
    }

    @Test
    void a_write_that_completes_quietly_after_part_of_the_body_is_cancelled_with_the_bytes_written() {
        Connection connection = new Connection(body -> body.take(2).then());
        StepVerifier.create(transfer(chunks(4, 10), 40).writeTo(connection)).verifyComplete();
        assertThat(log).containsExactly("cancelled:20");
    }

    @Test
    void the_body_ends_with_the_last_byte_of_the_range_even_when_the_read_has_not_ended() {
        Connection connection = new Connection(Flux::then);
        StepVerifier.create(transfer(chunks(4, 10).concatWith(Flux.never()), 40).writeTo(connection)).verifyComplete();
        assertThat(log).containsExactly("complete:40");
    }

    @Test
    void an_asset_that_ends_before_the_range_is_short_and_a_broken_read_failed() {
        StepVerifier.create(transfer(chunks(3, 10), 40).writeTo(new Connection(Flux::then))).verifyComplete();
        StepVerifier.create(transfer(chunks(1, 10).concatWith(Flux.error(new IllegalStateException("disk"))), 40)
                .writeTo(new Connection(Flux::then))).verifyError(IllegalStateException.class);
        assertThat(log).containsExactly("short:30", "failed:10");
    }

    private Transfer transfer(Flux<DataBuffer> source, long length) {
        return new Transfer(source, length, (bytes, outcome) -> Mono.fromRunnable(() -> log.add(outcome.code() + ":" + bytes)));
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[size]));
    }

    /** Writes what {@code write} lets through and counts it as written. */
    private static final class Connection implements Transfer.Connection {

        private final Function<Flux<DataBuffer>, Mono<Void>> write;
        private final AtomicLong written = new AtomicLong();

        Connection(Function<Flux<DataBuffer>, Mono<Void>> write) {
            this.write = write;
        }

        @Override
        public Mono<Void> write(Flux<DataBuffer> body) {
            return write.apply(body.doOnNext(buffer -> written.addAndGet(buffer.readableByteCount())));
        }

        @Override
        public long bytesWritten() {
            return written.get();
        }
    }
}
