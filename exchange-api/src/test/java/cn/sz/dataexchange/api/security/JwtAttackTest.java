package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Forged, altered, stale and misdirected tokens are all refused with 401. */
class JwtAttackTest extends IntegrationTest {

    @Autowired
    TokenSigningKeys keys;

    private Members.Member buyer;
    private String adminOnlyPath;

    @BeforeEach
    void setUp() {
        buyer = members().buyer();
        adminOnlyPath = "/api/v1/orgs";
    }

    private JWTClaimsSet.Builder adminClaims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer("urn:sz-data-exchange").audience("sz-data-exchange-api")
                .subject(ADMIN_CLIENT).claim("roles", List.of("ADMIN")).issueTime(Date.from(now))
                .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
    }

    private String signWithServerKey(JWTClaimsSet claims, JOSEObjectType type) throws Exception {
        ECKey key = keys.current().toFuture().get().signing();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(type).build(),
                claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private void refused(String token) {
        http.get().uri(adminOnlyPath).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void a_correctly_signed_admin_token_is_accepted_so_the_refusals_below_mean_something() throws Exception {
        String token = signWithServerKey(adminClaims().build(), AccessTokenIssuer.ACCESS_TOKEN_TYPE);
        http.get().uri(adminOnlyPath).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    }

    @Test
    void an_unsigned_token_with_alg_none_is_refused() {
        refused(new PlainJWT(adminClaims().build()).serialize());
    }

    @Test
    void a_token_signed_with_hs256_using_the_public_key_as_secret_is_refused() throws Exception {
        ECKey key = keys.current().toFuture().get().signing();
        byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID())
                .type(AccessTokenIssuer.ACCESS_TOKEN_TYPE).build(), adminClaims().build());
        jwt.sign(new MACSigner(secret));
        refused(jwt.serialize());
    }

    @Test
    void a_token_signed_by_an_unknown_key_is_refused() throws Exception {
        ECKey attacker = new ECKeyGenerator(Curve.P_256).keyID("tk-" + UUID.randomUUID()).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(attacker.getKeyID())
                .type(AccessTokenIssuer.ACCESS_TOKEN_TYPE).build(), adminClaims().build());
        jwt.sign(new ECDSASigner(attacker));
        refused(jwt.serialize());
    }

    @Test
    void a_token_signed_by_another_key_under_a_known_kid_is_refused() throws Exception {
        ECKey real = keys.current().toFuture().get().signing();
        ECKey attacker = new ECKeyGenerator(Curve.P_256).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(real.getKeyID())
                .type(AccessTokenIssuer.ACCESS_TOKEN_TYPE).build(), adminClaims().build());
        jwt.sign(new ECDSASigner(attacker));
        refused(jwt.serialize());
    }

    @Test
    void an_expired_token_is_refused() {
        String token = buyer.token();
        http.get().uri("/api/v1/orgs/{id}", buyer.orgId()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk();
        advanceClock(Duration.ofMinutes(16));
        http.get().uri("/api/v1/orgs/{id}", buyer.orgId()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        refused(signWithServerKey(adminClaims().audience("another-api").build(), AccessTokenIssuer.ACCESS_TOKEN_TYPE));
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        refused(signWithServerKey(adminClaims().issuer("https://elsewhere.example").build(),
                AccessTokenIssuer.ACCESS_TOKEN_TYPE));
    }

    @Test
    void a_token_that_is_not_an_access_token_is_refused() throws Exception {
        refused(signWithServerKey(adminClaims().build(), JOSEObjectType.JWT));
    }

    @Test
    void a_token_whose_payload_was_altered_is_refused() throws Exception {
        String[] parts = buyer.token().split("\\.");
        String claims = Base64URL.from(parts[1]).decodeToString()
                .replace("\"BUYER\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
        refused(forged);
    }

    @Test
    void a_token_accepted_before_is_refused_once_its_signature_is_altered() {
        String token = buyer.token();
        http.get().uri("/api/v1/orgs/{id}", buyer.orgId()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk();
        String[] parts = token.split("\\.");
        byte[] signature = Base64URL.from(parts[2]).decode();
        signature[signature.length - 1] ^= 1;
        refused(parts[0] + "." + parts[1] + "." + Base64URL.encode(signature));
        http.get().uri("/api/v1/orgs/{id}", buyer.orgId()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk();
    }

    @Test
    void garbage_is_refused() {
        refused("not-a-token");
        refused("a.b.c");
    }
}
