import io.netty.handler.codec.http.HttpResponseStatus;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.Connection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor under the trading benchmark: the least an HTTP service on this stack (Reactor Netty and
 * r2dbc-postgresql, as the exchange uses) can do per state transition. Each POST runs the pgbench
 * transaction (UPDATE one row, INSERT one event row, COMMIT) and answers 204: no authentication, no
 * JSON, no rules. Usage: java -cp LIBS TransitionFloor.java HTTP_PORT PG_PORT POOL_SIZE
 */
public final class TransitionFloor {
    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        int pgPort = Integer.parseInt(args[1]);
        int poolSize = Integer.parseInt(args[2]);
        var factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host("localhost").port(pgPort).username("postgres").database("exchange").build());
        var pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .initialSize(poolSize).maxSize(poolSize).maxAcquireTime(Duration.ofSeconds(10)).build());
        HttpServer.create().port(httpPort)
                .route(routes -> routes.post("/transition", (request, response) ->
                        request.receive().then(Mono.usingWhen(pool.create(), TransitionFloor::transition,
                                        Connection::close))
                                .then(response.status(HttpResponseStatus.NO_CONTENT).send())))
                .bindNow();
        System.out.println("floor listening on " + httpPort);
        Thread.currentThread().join();
    }

    private static Mono<Void> transition(Connection connection) {
        int id = ThreadLocalRandom.current().nextInt(1, 100_001);
        return Mono.from(connection.beginTransaction())
                .thenMany(Flux.from(connection.createStatement(
                                "UPDATE bench_trades SET state = state + 1, version = version + 1, updated_at = now() WHERE id = $1")
                        .bind("$1", id).execute()).flatMap(r -> r.getRowsUpdated()))
                .thenMany(Flux.from(connection.createStatement(
                                "INSERT INTO bench_trade_events (trade_id, state, occurred_at) VALUES ($1, 1, now())")
                        .bind("$1", id).execute()).flatMap(r -> r.getRowsUpdated()))
                .then(Mono.from(connection.commitTransaction()));
    }
}
