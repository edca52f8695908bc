package cn.sz.dataexchange.api.identity;


import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PartyKeyTest extends IntegrationTest {

    @Test
    void an_organisation_registers_lists_and_revokes_its_signing_keys() throws Exception {
        Members.Member seller = members().seller();
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("seller-2026").generate();
        OctetKeyPair ed = ed25519PublicKey();

        http.post().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", ec.toPublicJWK().toJSONObject()))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.kid").isEqualTo("seller-2026").jsonPath("$.algorithm").isEqualTo("ES256");
        http.post().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", ed.toPublicJWK().toJSONObject()))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.kid").isEqualTo(ed.computeThumbprint().toString())
                .jsonPath("$.algorithm").isEqualTo("EdDSA");

        http.post().uri("/api/v1/orgs/{id}/keys/{kid}/revocation", seller.orgId(), "seller-2026")
                .headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "laptop lost"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.revokedAt").exists().jsonPath("$.revocationReason").isEqualTo("laptop lost");
        http.post().uri("/api/v1/orgs/{id}/keys/{kid}/revocation", seller.orgId(), "seller-2026")
                .headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "again"))
                .exchange().expectStatus().isEqualTo(409);

        http.get().uri("/api/v1/orgs/{id}/keys", seller.orgId()).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2).jsonPath("$.totalItems").isEqualTo(2);
    }

    /** An Ed25519 public JWK from the JDK's own provider (RFC 8037: x is the raw 32-byte key). */
    static OctetKeyPair ed25519PublicKey() throws Exception {
        byte[] encoded = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        byte[] raw = java.util.Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        return new OctetKeyPair.Builder(Curve.Ed25519, com.nimbusds.jose.util.Base64URL.encode(raw)).build();
    }

    @Test
    void the_same_public_key_cannot_be_registered_twice_even_by_another_organisation() throws Exception {
        Members members = members();
        Members.Member first = members.seller();
        Members.Member second = members.buyer();
        Map<String, Object> jwk = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONObject();
        http.post().uri("/api/v1/orgs/{id}/keys", first.orgId()).headers(h -> h.setBearerAuth(first.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", jwk))
                .exchange().expectStatus().isCreated();
        http.post().uri("/api/v1/orgs/{id}/keys", second.orgId()).headers(h -> h.setBearerAuth(second.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jwk", jwk))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:key-already-registered");
    }

    @Test
    void a_revoked_client_can_no_longer_get_or_use_tokens() {
        Members members = members();
        Members.Member seller = members.seller();
        String token = seller.token();
        http.post().uri("/api/v1/orgs/{id}/clients/{c}/revocation", seller.orgId(), seller.clientId())
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isNoContent();
        http.get().uri("/api/v1/orgs/{id}", seller.orgId()).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&client_id=" + seller.clientId() + "&client_secret="
                        + seller.clientSecret())
                .exchange().expectStatus().isUnauthorized();
    }
}
