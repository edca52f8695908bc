package cn.sz.dataexchange.validator.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
            "RESIDENT_ID, 11010519491231002X, 11**************2X",
            "MOBILE, 13812345678, 138******78",
            "BANK_CARD, 6222021234567890128, ***************0128",
            "EMAIL, zhang.san@qq.com, z***@qq.com",
            "PASSPORT, E12345678, E******78",
            "PLATE, 粤B12345, 粤B****5",
    })
    void masks_keep_only_a_few_characters(IdentifierKind kind, String value, String masked) {
        assertThat(Masking.mask(kind, value)).isEqualTo(masked);
    }
}
