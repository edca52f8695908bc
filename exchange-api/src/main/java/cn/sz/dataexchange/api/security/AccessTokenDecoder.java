package cn.sz.dataexchange.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies bearer tokens. Our own tokens must be ES256, typed {@code at+jwt}, signed by a key in
 * force, issued by us for our audience, and within their validity (allowing the configured clock
 * skew). Tokens from a configured external identity provider go to its own decoder.
 */
public class AccessTokenDecoder implements ReactiveJwtDecoder {

    private final TokenSigningKeys keys;
    private final SecurityProperties properties;
    private final Clock clock;
    private final Optional<ReactiveJwtDecoder> external;
    private final VerifiedTokens verified = new VerifiedTokens(50_000);

    public AccessTokenDecoder(TokenSigningKeys keys, SecurityProperties properties, Clock clock,
                              Optional<ReactiveJwtDecoder> external) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.external = external;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        VerifiedTokens.Entry known = verified.get(token);
        if (known != null) {
            return fromCache(token, known);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return Mono.error(new BadJwtException("token is not a signed JWT"));
        }
        if (external.isPresent() && properties.externalIdp().issuer().equals(claims.getIssuer())) {
            return external.get().decode(token);
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return Mono.error(new BadJwtException("token algorithm must be ES256"));
        }
        if (!AccessTokenIssuer.ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType())) {
            return Mono.error(new BadJwtException("token type must be at+jwt"));
        }
        String kid = jwt.getHeader().getKeyID();
        return keys.knowing(kid).flatMap(set -> set.verifier(kid)
                .map(key -> verify(jwt, claims, key).doOnNext(verifiedJwt -> verified.put(token,
                        new VerifiedTokens.Entry(verifiedJwt, kid, claims.getExpirationTime().toInstant()), clock.instant())))
                .orElseGet(() -> Mono.error(new BadJwtException("token key is unknown or retired"))));
    }

    /** A token verified before: its key must still be in force and the token still valid now. */
    private Mono<Jwt> fromCache(String token, VerifiedTokens.Entry known) {
        return keys.knowing(known.kid()).flatMap(set -> {
            if (set.verifier(known.kid()).isEmpty()) {
                verified.forget(token);
                return Mono.error(new BadJwtException("token key is unknown or retired"));
            }
            Instant now = clock.instant();
            Instant nbf = known.jwt().getNotBefore();
            if (!known.expiresAt().plus(properties.clockSkew()).isAfter(now)) {
                verified.forget(token);
                return Mono.error(new BadJwtException("token has expired"));
            }
            if (nbf != null && nbf.minus(properties.clockSkew()).isAfter(now)) {
                return Mono.error(new BadJwtException("token is not valid yet"));
            }
            return Mono.just(known.jwt());
        });
    }

    private Mono<Jwt> verify(SignedJWT jwt, JWTClaimsSet claims, ECKey key) {
        try {
            if (!jwt.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                return Mono.error(new BadJwtException("token signature is invalid"));
            }
        } catch (JOSEException e) {
            return Mono.error(new BadJwtException("token signature cannot be verified"));
        }
        Instant now = clock.instant();
        String problem = checkClaims(claims, now);
        if (problem != null) {
            return Mono.error(new BadJwtException(problem));
        }
        return Mono.just(toJwt(jwt, claims));
    }

    private String checkClaims(JWTClaimsSet claims, Instant now) {
        if (!properties.issuer().equals(claims.getIssuer())) {
            return "token issuer is not this exchange";
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(properties.audience())) {
            return "token audience is not this exchange";
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(properties.clockSkew()).isAfter(now)) {
            return "token has expired";
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(properties.clockSkew()).isAfter(now)) {
            return "token is not valid yet";
        }
        if (claims.getSubject() == null) {
            return "token has no subject";
        }
        return null;
    }

    private static Jwt toJwt(SignedJWT jwt, JWTClaimsSet claims) {
        Map<String, Object> headers = new LinkedHashMap<>(jwt.getHeader().toJSONObject());
        Map<String, Object> body = new LinkedHashMap<>(claims.toJSONObject());
        // Spring's Jwt wants instants for the time claims.
        body.put("iat", claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant());
        body.put("exp", claims.getExpirationTime().toInstant());
        body.put("nbf", claims.getNotBeforeTime() == null ? null : claims.getNotBeforeTime().toInstant());
        body.values().removeIf(java.util.Objects::isNull);
        return new Jwt(jwt.serialize(), claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant(),
                claims.getExpirationTime().toInstant(), headers, body);
    }
}
