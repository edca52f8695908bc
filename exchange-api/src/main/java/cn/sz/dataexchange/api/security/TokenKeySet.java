package cn.sz.dataexchange.api.security;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The token keys in force: the newest signs, every key not yet retired verifies. {@code loadedAt}
 * tells the cache how old this view is.
 */
public record TokenKeySet(ECKey signing, Map<String, ECKey> verifying, Instant loadedAt) {

    static TokenKeySet of(List<ECKey> newestFirst, Instant loadedAt) {
        Map<String, ECKey> verifying = newestFirst.stream()
                .collect(Collectors.toUnmodifiableMap(ECKey::getKeyID, Function.identity()));
        return new TokenKeySet(newestFirst.get(0), verifying, loadedAt);
    }

    public Optional<ECKey> verifier(String kid) {
        return Optional.ofNullable(kid).map(verifying::get);
    }

    /** The public half of every verifying key, as published at {@code /.well-known/jwks.json}. */
    public JWKSet publicJwks() {
        return new JWKSet(verifying.values().stream()
                .sorted(java.util.Comparator.comparing(ECKey::getKeyID))
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                .toList());
    }
}
