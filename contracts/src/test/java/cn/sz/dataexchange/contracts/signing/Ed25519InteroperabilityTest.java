package cn.sz.dataexchange.contracts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.signing.internal.JdkEd25519Signer;
import cn.sz.dataexchange.contracts.signing.internal.JdkEd25519Verifier;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

/** The JDK-based EdDSA signer reproduces RFC 8037 Appendix A.4 exactly (Ed25519 is deterministic). */
class Ed25519InteroperabilityTest {

    private static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    private static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    private static final String RFC_8037_JWS = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
            + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    @Test
    void signs_the_rfc_8037_example_to_the_published_jws() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("Example of Ed25519 signing"));
        jws.sign(new JdkEd25519Signer(new Base64URL(D).decode()));

        assertThat(jws.serialize()).isEqualTo(RFC_8037_JWS);
    }

    @Test
    void verifies_the_published_jws_and_refuses_it_with_one_bit_changed() throws Exception {
        JdkEd25519Verifier verifier = new JdkEd25519Verifier(new Base64URL(X).decode());

        assertThat(JWSObject.parse(RFC_8037_JWS).verify(verifier)).isTrue();
        String altered = RFC_8037_JWS.replace(".hgyY0", ".hgyY1");
        assertThat(JWSObject.parse(altered).verify(verifier)).isFalse();
    }
}
