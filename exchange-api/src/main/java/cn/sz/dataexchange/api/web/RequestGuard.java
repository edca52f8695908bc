package cn.sz.dataexchange.api.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, before anything reads the body or reaches a handler, what no endpoint can take:
 * <ul>
 *   <li>a NUL character in the path, a query parameter or a header value (PostgreSQL text cannot
 *       hold it): 400 naming the parameter or header;</li>
 *   <li>a declared {@code Content-Length} over the limit of the route: 413 at once, without a
 *       {@code 100 Continue} and without waiting for the body; the connection is closed when the
 *       client waits for {@code 100 Continue} or the body is more than 8 MB over the limit.</li>
 * </ul>
 * Runs before the security filters, so neither check depends on who calls.
 */
public class RequestGuard implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (order -100). */
    public static final int ORDER = -300;

    /** How much of an over-limit body the server reads and discards rather than closing the connection. */
    static final long DISCARDED_AT_MOST = 8L << 20;

    private final BodyLimits limits;
    private final ProblemWriter problems;

    public RequestGuard(BodyLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String nul = nulIn(request);
        if (nul != null) {
            return problems.write(exchange, Problem.invalidFields("invalid-field", "Invalid request",
                    List.of(Map.of("field", nul, "message", "must not contain the NUL character (U+0000)"))));
        }
        long declared = request.getHeaders().getContentLength();
        long limit = limits.limitFor(request.getMethod(), request.getPath().pathWithinApplication().value());
        if (declared > limit) {
            Problem tooLarge = Problem.of(413, "payload-too-large", "Payload too large",
                    "Content-Length " + declared + " exceeds this endpoint's limit of " + limit + " bytes");
            // A client waiting for 100 Continue will not send the body, and a huge one is not worth
            // reading: close after the answer. A modest body is read and discarded by the server,
            // so a client still sending it gets the answer instead of a reset connection.
            boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeaders().getFirst(HttpHeaders.EXPECT));
            if (expectsContinue || declared - limit > DISCARDED_AT_MOST) {
                tooLarge = tooLarge.withHeader(HttpHeaders.CONNECTION, "close");
            }
            return problems.write(exchange, tooLarge);
        }
        return chain.filter(exchange);
    }

    /** The name of the first part of the request holding a NUL, or null. */
    static String nulIn(ServerHttpRequest request) {
        String rawPath = request.getURI().getRawPath();
        if (rawPath != null && (rawPath.indexOf('\0') >= 0 || containsEncodedNul(rawPath))) {
            return "(path)";
        }
        String rawQuery = request.getURI().getRawQuery();
        if (rawQuery != null && (rawQuery.indexOf('\0') >= 0 || containsEncodedNul(rawQuery))) {
            for (var entry : request.getQueryParams().entrySet()) {
                if (entry.getKey().indexOf('\0') >= 0
                        || entry.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                    return entry.getKey().replace('\0', '?');
                }
            }
            return "(query)";
        }
        for (var header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return header.getKey();
                }
            }
        }
        return null;
    }

    private static boolean containsEncodedNul(String raw) {
        for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
            if (raw.charAt(i + 1) == '0' && raw.charAt(i + 2) == '0') {
                return true;
            }
        }
        return false;
    }

    /** The largest body each route takes. */
    public interface BodyLimits {
        long limitFor(HttpMethod method, String path);
    }
}
