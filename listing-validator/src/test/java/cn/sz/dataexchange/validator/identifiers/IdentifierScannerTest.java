package cn.sz.dataexchange.validator.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierScannerTest {

    private final IdentifierScanner scanner = new IdentifierScanner(LocalDate.of(2026, 11, 23));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "11010519491231002X            | RESIDENT_ID",
            "11010519491231002x            | RESIDENT_ID",
            "110105194912310021            | ''",
            "110105194902300026            | ''",
            "110105203012310020            | ''",
            "990105194912310021            | ''",
            "110105491231002               | RESIDENT_ID",
            "110105491331002               | ''",
            "13812345678                   | MOBILE",
            "+86 13812345678               | MOBILE",
            "8613812345678                 | MOBILE",
            "12012345678                   | ''",
            "138123456789                  | ''",
            "6222021234567890128           | BANK_CARD",
            "6222021234567890123           | ''",
            "4111111111111111              | ''",
            "zhang.san+tag@mail.example.cn | EMAIL",
            "13812345678@qq.com            | EMAIL",
            "user@localhost                | ''",
            "E12345678                     | PASSPORT",
            "EA1234567                     | PASSPORT",
            "X12345678                     | ''",
            "粤B12345                       | PLATE",
            "粤B·12345                      | PLATE",
            "粤BD12345                      | PLATE",
            "粤BI2345                       | ''",
            "91350100M000100Y43            | CREDIT_CODE",
            "91350100M000100Y44            | ''",
            "订单号2023112300012345         | ''",
    })
    void detects_only_identifiers_that_pass_their_checks(String text, String expected) {
        assertThat(kinds(text)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "客户张三，身份证11010519491231002X，手机13812345678。 | RESIDENT_ID,MOBILE",
            "card 4111111111111111 on file                      | BANK_CARD",
            "卡号：4111111111111111                              | BANK_CARD",
            "write to a@b.cn or c@d.com                         | EMAIL,EMAIL",
    })
    void finds_identifiers_embedded_in_free_text(String text, String expected) {
        assertThat(String.join(",", kinds(text))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void a_card_column_lets_luhn_valid_numbers_outside_unionpay_count_as_cards() {
        byte[] b = "4111111111111111".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(b, 0, b.length, true)).isEqualTo(1);
        assertThat(scanner.kind(0)).isEqualTo(IdentifierKind.BANK_CARD);
    }

    private List<String> kinds(String text) {
        byte[] b = text.strip().getBytes(StandardCharsets.UTF_8);
        int n = scanner.scan(b, 0, b.length, false);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(scanner.kind(i).name());
        }
        return out;
    }
}
