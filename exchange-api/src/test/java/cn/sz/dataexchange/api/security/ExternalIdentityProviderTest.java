package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.api.identity.model.Role;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Tokens of a configured external identity provider are verified against its JWKS and mapped to callers. */
class ExternalIdentityProviderTest {

    private static final String ISSUER = "https://idp.example.test";

    private HttpServer jwksServer;
    private RSAKey idpKey;
    private AccessTokenDecoder decoder;
    private SecurityProperties properties;

    @BeforeEach
    void startIdentityProvider() throws Exception {
        idpKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        byte[] jwks = new JWKSet(idpKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        jwksServer.start();
        String jwksUri = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks";
        properties = new SecurityProperties(null, null, null, null, null, null, null,
                new SecurityProperties.ExternalIdp(ISSUER, jwksUri, "exchange", "groups", "organisation"));
        decoder = new SecurityConfiguration().accessTokenDecoder(null, properties, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        jwksServer.stop(0);
    }

    private String idpToken(String audience, List<String> groups, String organisation) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience)
                .subject("alice@idp").claim("groups", groups).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        if (organisation != null) {
            claims.claim("organisation", organisation);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(), claims.build());
        jwt.sign(new RSASSASigner(idpKey));
        return jwt.serialize();
    }

    @Test
    void a_token_of_the_identity_provider_is_verified_and_its_roles_and_organisation_are_read() throws Exception {
        UUID org = UUID.randomUUID();
        Jwt jwt = decoder.decode(idpToken("exchange", List.of("BUYER", "SELLER", "unrelated"), org.toString()))
                .block(Duration.ofSeconds(10));
        CallerAuthentication auth = (CallerAuthentication) new CallerFromToken(properties).convert(jwt)
                .block(Duration.ofSeconds(10));
        assertThat(auth.isExternal()).isTrue();
        assertThat(auth.getPrincipal().orgId()).map(o -> o.value()).contains(org);
        assertThat(auth.getPrincipal().roles()).containsExactlyInAnyOrder(Role.BUYER, Role.SELLER);
    }

    @Test
    void platform_roles_from_the_identity_provider_need_no_organisation_and_market_roles_need_one() throws Exception {
        Jwt jwt = decoder.decode(idpToken("exchange", List.of("REGULATOR", "BUYER"), null)).block(Duration.ofSeconds(10));
        Caller caller = ((CallerAuthentication) new CallerFromToken(properties).convert(jwt)
                .block(Duration.ofSeconds(10))).getPrincipal();
        assertThat(caller.orgId()).isEqualTo(Optional.empty());
        assertThat(caller.roles()).containsExactly(Role.REGULATOR);
    }

    @Test
    void a_token_of_the_identity_provider_for_another_audience_is_refused() {
        assertThatThrownBy(() -> decoder.decode(idpToken("somebody-else", List.of("BUYER"), null))
                .block(Duration.ofSeconds(10))).hasMessageContaining("aud");
    }

    @Test
    void a_token_claiming_the_identity_providers_issuer_but_signed_by_another_key_is_refused() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).audience("exchange").subject("mallory")
                        .claim("groups", List.of("ADMIN")).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(60))).build());
        jwt.sign(new RSASSASigner(attacker));
        assertThatThrownBy(() -> decoder.decode(jwt.serialize()).block(Duration.ofSeconds(10)))
                .isInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class);
    }
}
