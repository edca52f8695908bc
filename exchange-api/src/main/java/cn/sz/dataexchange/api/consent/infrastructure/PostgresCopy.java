package cn.sz.dataexchange.api.consent.infrastructure;

import io.netty.buffer.ByteBuf;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import org.springframework.r2dbc.core.DatabaseClient;
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

    public Mono<Long> copyIn(String sql, Publisher<ByteBuf> data) {
        return db.inConnection(connection -> postgres(connection).copyIn(sql, data));
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
