package cn.sz.dataexchange.api.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens whose signature this instance has verified, keyed by the exact token text, so a
 * client's requests do not pay an ES256 verification each (ADR 0008). A hit only skips the
 * signature check: the decoder still requires the signing key to be in force and the token to be
 * within its validity. Any change to the text (a forged signature, altered claims) misses.
 * Bounded: when full, expired entries go first, then everything (a miss costs one verification).
 */
final class VerifiedTokens {

    record Entry(Jwt jwt, String kid, Instant expiresAt) {
    }

    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    Entry get(String token) {
        return entries.get(token);
    }

    void put(String token, Entry entry, Instant now) {
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, entry);
    }

    void forget(String token) {
        entries.remove(token);
    }

    int size() {
        return entries.size();
    }
}
