package cn.sz.dataexchange.api.web;

import java.net.URI;

/** Problem type URIs are stable: {@code urn:sz-data-exchange:problem:<slug>}. */
public final class ProblemTypes {

    public static final String PREFIX = "urn:sz-data-exchange:problem:";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(PREFIX + slug);
    }
}
