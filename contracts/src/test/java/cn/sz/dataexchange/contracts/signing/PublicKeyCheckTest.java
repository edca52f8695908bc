package cn.sz.dataexchange.contracts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

class PublicKeyCheckTest {

    @Test
    void accepts_a_public_p256_or_ed25519_key_and_names_it_by_its_thumbprint() {
        for (SigningKey key : new SigningKey[] {TestKeys.SELLER_ES256, TestKeys.BUYER_EDDSA}) {
            var verdict = PublicKeyCheck.check(key.publicJwkJson());

            assertThat(verdict).isInstanceOf(PublicKeyCheck.Verdict.Accepted.class);
            assertThat(((PublicKeyCheck.Verdict.Accepted) verdict).kid()).isEqualTo(key.kid());
            assertThat(((PublicKeyCheck.Verdict.Accepted) verdict).publicJwkJson()).doesNotContain("\"d\"");
        }
    }

    @Test
    void rejects_a_private_key_another_curve_rsa_and_garbage() throws Exception {
        assertThat(PublicKeyCheck.check(TestKeys.SELLER_ES256.privateJwkJson())).isInstanceOf(PublicKeyCheck.Verdict.Rejected.class);
        assertThat(PublicKeyCheck.check(new ECKeyGenerator(Curve.P_384).generate().toPublicJWK().toJSONString()))
                .isInstanceOf(PublicKeyCheck.Verdict.Rejected.class);
        assertThat(PublicKeyCheck.check(new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString()))
                .isInstanceOf(PublicKeyCheck.Verdict.Rejected.class);
        assertThat(PublicKeyCheck.check("{\"kty\":")).isInstanceOf(PublicKeyCheck.Verdict.Rejected.class);
    }
}
