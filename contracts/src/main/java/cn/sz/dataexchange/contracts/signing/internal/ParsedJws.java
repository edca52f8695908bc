package cn.sz.dataexchange.contracts.signing.internal;

import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A compact JWS whose header passed the exchange's rules, not yet cryptographically verified.
 *
 * @param payload the attached payload's bytes, or the detached payload the caller supplied
 */
public record ParsedJws(int index, String compact, Map<String, Object> header, SigningAlgorithm algorithm,
                        String kid, Instant signedAt, byte[] payload) {

    public Optional<String> stringHeader(String name) {
        return header.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Object> rawHeader(String name) {
        return Optional.ofNullable(header.get(name));
    }

    static Optional<Instant> numericDate(Object value) {
        if (value instanceof BigInteger seconds && seconds.bitLength() < 40 && seconds.signum() > 0) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
