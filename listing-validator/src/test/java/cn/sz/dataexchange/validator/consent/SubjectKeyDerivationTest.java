package cn.sz.dataexchange.validator.consent;

import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectKeyDerivationTest {

    private static final byte[] SECRET = "seller-org-secret-0001".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource({
            "RESIDENT_ID, ' 11010519491231002x ', 11010519491231002X",
            "MOBILE, +86 138-1234-5678, 13812345678",
            "MOBILE, 8613812345678, 13812345678",
            "MOBILE, 0086 13812345678, 13812345678",
            "EMAIL, ' Zhang.San@QQ.com', zhang.san@qq.com",
            "PASSPORT, e 1234 5678, E12345678",
            "OTHER, ' cust-001 ', cust-001",
    })
    void normalises_each_identifier_kind_before_keying(SubjectIdentifierKind kind, String raw, String normalised) {
        assertThat(SubjectKeyDerivation.normalise(kind, raw)).isEqualTo(normalised);
    }

    @Test
    void the_same_person_written_differently_gets_the_same_key() {
        SubjectKeyDerivation d = new SubjectKeyDerivation(SECRET);
        assertThat(d.derive(SubjectIdentifierKind.MOBILE, "+86 13812345678"))
                .isEqualTo(d.derive(SubjectIdentifierKind.MOBILE, "13812345678"));
    }

    @Test
    void keys_are_hmac_sha256_of_the_normalised_identifier_as_published() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("13812345678".getBytes(StandardCharsets.UTF_8)));
        assertThat(new SubjectKeyDerivation(SECRET).derive(SubjectIdentifierKind.MOBILE, "138 1234 5678").toHex())
                .isEqualTo(expected);
    }

    @Test
    void another_seller_secret_gives_another_key() {
        SubjectKey a = new SubjectKeyDerivation(SECRET).derive(SubjectIdentifierKind.MOBILE, "13812345678");
        SubjectKey b = new SubjectKeyDerivation("another-seller-secret".getBytes(StandardCharsets.UTF_8))
                .derive(SubjectIdentifierKind.MOBILE, "13812345678");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void refuses_a_short_secret() {
        assertThatThrownBy(() -> new SubjectKeyDerivation(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subject_keys_survive_a_hex_round_trip() {
        SubjectKey key = new SubjectKeyDerivation(SECRET).derive(SubjectIdentifierKind.OTHER, "x");
        assertThat(SubjectKey.fromHex(key.toHex())).isEqualTo(key);
    }
}
