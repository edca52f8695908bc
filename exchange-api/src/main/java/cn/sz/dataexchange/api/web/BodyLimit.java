package cn.sz.dataexchange.api.web;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route whose body may be larger than the JSON limit ({@code spring.codec.max-in-memory-size}):
 * the streamed uploads. Areas declare one bean per such route; {@link RequestGuard} refuses a
 * declared Content-Length above it before the body is read.
 */
public record BodyLimit(HttpMethod method, PathPattern pattern, long maxBytes) {

    public static BodyLimit of(HttpMethod method, String pattern, long maxBytes) {
        return new BodyLimit(method, PathPatternParser.defaultInstance.parse(pattern), maxBytes);
    }
}
