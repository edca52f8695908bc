package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a compact JWS header WITHOUT verifying anything, for routing only: which keys to load
 * before calling a verifier, which role a submitted signature claims.
 */
public final class SignedHeaders {

    private SignedHeaders() {
    }

    public static Optional<Map<String, Object>> peek(String compactJws) {
        if (compactJws == null) {
            return Optional.empty();
        }
        String[] parts = compactJws.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseObject(
                    new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | MalformedJsonException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> kidOf(String compactJws) {
        return peek(compactJws).map(h -> h.get("kid")).filter(String.class::isInstance).map(String.class::cast);
    }

    /** The distinct key ids the signatures name, to load from the key store before verifying. */
    public static List<String> kidsOf(Collection<String> compactJws) {
        return compactJws.stream().map(SignedHeaders::kidOf).flatMap(Optional::stream).distinct().toList();
    }
}
