package cn.sz.dataexchange.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Issues ES256 access tokens (RFC 9068 profile) for authenticated clients. */
@Component
public class AccessTokenIssuer {

    /** The token type header of our access tokens. */
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    private final TokenSigningKeys keys;
    private final SecurityProperties properties;
    private final Clock clock;

    public AccessTokenIssuer(TokenSigningKeys keys, SecurityProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<IssuedToken> issue(Caller caller) {
        return keys.current().map(set -> sign(set, caller));
    }

    private IssuedToken sign(TokenKeySet set, Caller caller) {
        Instant now = clock.instant();
        Instant expiry = now.plus(properties.tokenLifetime());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(properties.audience())
                .subject(caller.clientId().value())
                .claim("client_id", caller.clientId().value())
                .claim(TokenClaims.ROLES, caller.roles().stream().map(Enum::name).sorted().toList())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString());
        caller.orgId().ifPresent(org -> claims.claim(TokenClaims.ORG, org.toString()));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(set.signing().getKeyID())
                .type(ACCESS_TOKEN_TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new ECDSASigner(set.signing()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), properties.tokenLifetime().toSeconds());
    }

    /** A signed token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresIn) {
    }
}
