package cn.sz.dataexchange.api.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** Every error, from controllers and filters alike, leaves as an RFC 9457 problem. */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return writer.write(exchange, ProblemMapping.toProblem(error));
    }
}
