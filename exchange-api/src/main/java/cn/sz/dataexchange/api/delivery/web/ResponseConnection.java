package cn.sz.dataexchange.api.delivery.web;

import cn.sz.dataexchange.api.delivery.application.Transfer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/**
 * The response body's way to the client, counting the bytes Netty has written to the socket: a
 * handler on the Reactor Netty connection, for the time of this response, counts the body bytes
 * whose write succeeded. (Neither the reactive write's end nor the body's signals say that: a write
 * to a connection the client closed completes quietly, and a body is read ahead of the socket.)
 * Elsewhere than on Reactor Netty it counts the bytes of a write that completed.
 */
final class ResponseConnection implements Transfer.Connection {

    private final ServerHttpResponse response;
    private final Connection netty;
    private final AtomicLong written = new AtomicLong();

    private ResponseConnection(ServerHttpResponse response, Connection netty) {
        this.response = response;
        this.netty = netty;
    }

    static ResponseConnection of(ServerHttpResponse response) {
        Object nativeResponse;
        try {
            nativeResponse = ServerHttpResponseDecorator.getNativeResponse(response);
        } catch (IllegalArgumentException notNative) {
            nativeResponse = null;
        }
        return new ResponseConnection(response, nativeResponse instanceof Connection c ? c : null);
    }

    @Override
    public Mono<Void> write(Flux<DataBuffer> body) {
        if (netty == null) {
            AtomicLong handed = new AtomicLong();
            return response.writeWith(body.doOnNext(buffer -> handed.addAndGet(buffer.readableByteCount())))
                    .doOnSuccess(done -> written.set(handed.get()));
        }
        String name = "exchange.delivery.written-" + UUID.randomUUID();
        netty.addHandlerLast(name, new WrittenBytes(written));
        return response.writeWith(body).doFinally(signal -> netty.removeHandler(name));
    }

    @Override
    public long bytesWritten() {
        return written.get();
    }

    /** Adds the size of every body buffer whose write succeeded (headers carry no body bytes). */
    private static final class WrittenBytes extends ChannelOutboundHandlerAdapter {

        private final AtomicLong written;

        WrittenBytes(AtomicLong written) {
            this.written = written;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            int bytes = msg instanceof ByteBuf buffer ? buffer.readableBytes()
                    : msg instanceof ByteBufHolder holder ? holder.content().readableBytes() : 0;
            if (bytes == 0) {
                ctx.write(msg, promise);
                return;
            }
            // The writer's promise may not take listeners (Reactor Netty's does not): write with our own
            // and pass its result on.
            ChannelPromise counted = ctx.newPromise();
            counted.addListener(future -> {
                if (future.isSuccess()) {
                    written.addAndGet(bytes);
                    promise.trySuccess();
                } else {
                    promise.tryFailure(future.cause());
                }
            });
            ctx.write(msg, counted);
        }
    }
}
