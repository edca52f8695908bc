package cn.sz.dataexchange.api.consent.infrastructure;

import io.netty.buffer.ByteBuf;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code COPY ... FROM STDIN} through r2dbc-postgresql, on the connection of the caller's
 * transaction (or a connection of its own outside one).
 */
public final class PostgresCopy {

    private final DatabaseClient db;

    public PostgresCopy(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Streams {@code data} to the server, one CopyData message per buffer. (The driver's
     * {@code copyIn(sql, publisher)} gathers a whole publisher into one composite buffer before it
     * sends anything, which holds the entire upload in memory; each buffer is therefore its own
     * inner publisher here.)
     */
    public Mono<Long> copyIn(String sql, Publisher<ByteBuf> data) {
        return db.inConnection(connection -> postgres(connection).copyIn(sql)
                .fromMany(Flux.from(data).map(Mono::just))
                .build());
    }

    static PostgresqlConnection postgres(Connection connection) {
        Object current = connection;
        for (int depth = 0; depth < 10; depth++) {
            if (current instanceof PostgresqlConnection postgres) {
                return postgres;
            }
            if (!(current instanceof Wrapped<?> wrapped)) {
                break;
            }
            current = wrapped.unwrap();
        }
        throw new IllegalStateException("COPY needs an r2dbc-postgresql connection, not " + connection.getClass());
    }
}
