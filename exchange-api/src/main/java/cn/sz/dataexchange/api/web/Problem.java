package cn.sz.dataexchange.api.web;

import cn.sz.dataexchange.api.shared.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/** An RFC 9457 problem about to be written, with any response headers it needs. */
public record Problem(int status, String type, String title, String detail, Map<String, Object> extensions,
                      HttpHeaders headers) {

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, slug, title, detail, Map.of(), new HttpHeaders());
    }

    public static Problem from(Refusal refusal) {
        HttpHeaders headers = new HttpHeaders();
        Object retryAfter = refusal.properties().get("retryAfter");
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        Object size = refusal.properties().get("size");
        if (refusal.reason() == Refusal.Reason.RANGE_NOT_SATISFIABLE && size != null) {
            headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
        }
        return new Problem(refusal.reason().status(), refusal.type(), refusal.title(), refusal.detail(),
                refusal.properties(), headers);
    }

    public static Problem invalidFields(String slug, String title, List<Map<String, String>> errors) {
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse(title);
        return new Problem(400, slug, title, detail, Map.of("errors", errors), new HttpHeaders());
    }

    public Problem withHeader(String name, String value) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.set(name, value);
        return new Problem(status, type, title, detail, extensions, copy);
    }

    public HttpStatusCode httpStatus() {
        return HttpStatusCode.valueOf(status);
    }

    /** The JSON body: the RFC 9457 members first, then the extension members. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        extensions.forEach(body::putIfAbsent);
        return body;
    }
}
