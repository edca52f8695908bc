package cn.sz.dataexchange.validator.identifiers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers as people write them: every written form is found with its checks, every decoy is not (ADR 0027). */
class WrittenFormsTest {

    private final IdentifierScanner scanner = new IdentifierScanner(LocalDate.of(2026, 11, 23));

    @ParameterizedTest(name = "{0} -> {1} {2} as {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "+86 138 1234 5678         | MOBILE      | 13812345678        | +86 138 **** **78",
            "+86-138-1234-5678         | MOBILE      | 13812345678        | +86-138-****-**78",
            "+86 13812345678           | MOBILE      | 13812345678        | +86 138******78",
            "+8613812345678            | MOBILE      | 8613812345678      | +86138******78",
            "0086 13812345678          | MOBILE      | 13812345678        | 0086 138******78",
            "(+86)13812345678          | MOBILE      | 13812345678        | (+86)138******78",
            "(+86) 138 1234 5678       | MOBILE      | 13812345678        | (+86) 138 **** **78",
            "(86)13812345678           | MOBILE      | 13812345678        | (86)138******78",
            "138-1234-5678             | MOBILE      | 13812345678        | 138-****-**78",
            "138 1234 5678             | MOBILE      | 13812345678        | 138 **** **78",
            "138.1234.5678             | MOBILE      | 13812345678        | 138.****.**78",
            "１３８１２３４５６７８     | MOBILE      | 13812345678        | １３８******７８",
            "＋８６ １３８ １２３４ ５６７８ | MOBILE  | 13812345678        | ＋８６ １３８ **** **７８",
            "（＋86）13812345678        | MOBILE      | 13812345678        | （＋86）138******78",
            "6222 0212 3456 7890 128   | BANK_CARD   | 6222021234567890128 | **** **** **** ***0 128",
            "6222-0212-3456-7890-128   | BANK_CARD   | 6222021234567890128 | ****-****-****-***0-128",
            "6222 0212 3456 7894       | BANK_CARD   | 6222021234567894   | **** **** **** 7894",
            "６２２２０２１２３４５６７８９０１２８ | BANK_CARD | 6222021234567890128 | ***************０１２８",
            "110105 19491231 002X      | RESIDENT_ID | 11010519491231002X | 11**** ******** **2X",
            "110105 1949 1231 002X     | RESIDENT_ID | 11010519491231002X | 11**** **** **** **2X",
            "110105-19491231-002X      | RESIDENT_ID | 11010519491231002X | 11****-********-**2X",
            "１１０１０５１９４９１２３１００２Ｘ | RESIDENT_ID | 11010519491231002X | １１**************２Ｘ",
            "１１０１０５１９４９１２３１００２X  | RESIDENT_ID | 11010519491231002X | １１**************２X",
            "110105 491231 002         | RESIDENT_ID | 110105491231002    | 11**** ****** *02",
    })
    void finds_each_written_form_with_its_plain_value_and_masks_it_as_written(String text, String kind, String plain,
                                                                               String masked) {
        byte[] b = text.strip().getBytes(StandardCharsets.UTF_8);
        int n = scanner.scan(b, 0, b.length, false);

        assertThat(n).as("matches in %s", text).isEqualTo(1);
        assertThat(scanner.kind(0).name()).isEqualTo(kind);
        assertThat(scanner.plain(0, b)).isEqualTo(plain);
        assertThat(Masking.mask(scanner.kind(0), b, scanner.start(0), scanner.end(0))).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "订单号 2023-1201-1230-4512          | order number in groups of four, no card context and not UnionPay",
            "20231201123045                      | time stamp",
            "2023-12-01 12:30:45                 | date and time",
            "金额 1 381 234 567.80 元             | amount with thousands spaces",
            "138.12                              | amount",
            "1 138 1234 5678                     | phone-like groups inside a longer chain",
            "138 1234 5678 9                     | phone-like groups inside a longer chain",
            "2023-138-1234-5678                  | phone-like groups after a leading group",
            "9138 1234 5678                      | not a 3-4-4 layout",
            "120 1234 5678                       | unissued segment 120",
            "+86 120 1234 5678                   | unissued segment after a prefix",
            "１２０１２３４５６７８               | unissued segment in full-width digits",
            "138-1234.5678                       | mixed separators",
            "138  1234  5678                     | double separators",
            "110105 19491231 0021                | resident id groups with a wrong check character",
            "110105 19490230 0026                | resident id groups with an impossible date",
            "１１０１０５１９４９１２３１００２１  | full-width resident id with a wrong check character",
            "6222 0212 3456 7890 123             | card groups failing Luhn",
            "6222 0212 3456 789                  | card groups too short",
            "A138 1234 5678                      | glued to letters",
            "ＩＤ１３８１２３４５６７８           | full-width digits glued to full-width letters",
            "192.168.100.200                     | IP address",
            "v1.38.1234                          | version number",
    })
    void leaves_decoys_alone(String text, String why) {
        assertThat(kinds(text)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "13812345678 13912345678               | MOBILE,MOBILE",
            "１３８１２３４５６７８ １３９１２３４５６７８ | MOBILE,MOBILE",
            "13812345678-1                         | MOBILE",
            "tel 138 1234 5678, id 110105 19491231 002X | MOBILE,RESIDENT_ID",
            "卡号 4111 1111 1111 1111               | BANK_CARD",
            "电话：+86 138-1234-5678。              | MOBILE",
    })
    void judges_lists_and_text_around_written_forms(String text, String expected) {
        assertThat(String.join(",", kinds(text))).isEqualTo(expected);
    }

    @Test
    void a_card_column_lets_grouped_luhn_valid_numbers_outside_unionpay_count_as_cards() {
        byte[] b = "4111 1111 1111 1111".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(b, 0, b.length, false)).isZero();
        assertThat(scanner.scan(b, 0, b.length, true)).isEqualTo(1);
        assertThat(scanner.kind(0)).isEqualTo(IdentifierKind.BANK_CARD);
    }

    @Test
    void the_birth_date_of_a_written_resident_id_comes_from_its_digits() {
        byte[] b = "身份证 440305 20150301 0026".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner.scan(b, 0, b.length, false)).isEqualTo(1);
        assertThat(scanner.birthDate(0, b)).isEqualTo(20150301);
        assertThat(scanner.written(0)).isTrue();
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
