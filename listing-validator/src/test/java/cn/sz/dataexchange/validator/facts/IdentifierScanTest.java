package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.InvalidAssetException;
import cn.sz.dataexchange.validator.identifiers.Masking;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.testdata.IdentifierFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifierScanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "window of {0} bytes")
    @ValueSource(ints = {1024, 4096, 1 << 20})
    void the_fused_csv_scan_finds_exactly_what_the_row_reader_scan_finds(int window) {
        String csv = generated(3000);

        List<String> fused = hits(csv, window, true);
        List<String> rows = hits(csv, window, false);

        assertThat(fused).hasSizeGreaterThan(3000).isEqualTo(rows);
    }

    @Test
    void reports_physical_lines_inside_multi_line_fields_and_columns_beyond_the_header() {
        String csv = "a,b\r\n\"x\r\n13812345678\",\"say \"\"hi\"\" li@qq.com\"\r\n\n1,2,11010519491231002X";

        assertThat(hits(csv, 1024, true)).isEqualTo(hits(csv, 1024, false)).containsExactly(
                "3|a|MOBILE|138******78", "3|b|EMAIL|l***@qq.com", "5|column_3|RESIDENT_ID|11**************2X");
    }

    @Test
    void finds_written_forms_in_csv_inside_quoted_fields_with_commas_and_line_breaks() {
        String csv = "name,contact,note\n"
                + "张三,\"+86 138 1234 5678, 或 0086 13912345678\",\"卡号\n6222 0212 3456 7890 128\"\n"
                + "李四,１３８１２３４５６７８,\"身份证 110105 19491231 002X, 订单 2023-1201-1230-4512\"\n"
                + "王五,\"(+86)13812345678\",20231201123045\n";

        assertThat(hits(csv, 1024, true)).isEqualTo(hits(csv, 1024, false)).containsExactly(
                "2|contact|MOBILE|+86 138 **** **78", "2|contact|MOBILE|0086 139******78",
                "3|note|BANK_CARD|**** **** **** ***0 128",
                "4|contact|MOBILE|１３８******７８", "4|note|RESIDENT_ID|11**** ******** **2X",
                "5|contact|MOBILE|(+86)138******78");
    }

    @Test
    void finds_written_forms_in_json_lines_also_when_escaped() {
        String jsonl = "{\"name\":\"张三\",\"contact\":{\"mobile\":\"+86-138-1234-5678\"},\"ids\":[\"110105 19491231 002X\"]}\n"
                + "{\"note\":\"\\uFF11\\uFF13\\uFF18\\uFF11\\uFF12\\uFF13\\uFF14\\uFF15\\uFF16\\uFF17\\uFF18, 138.1234.5678\\n"
                + "第二行 6222-0212-3456-7890-128\",\"at\":\"2023-12-01 12:30:45\"}\n";
        List<String> out = new ArrayList<>();
        new IdentifierScan(TODAY, 1024, 1 << 20).run(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                AssetFormat.JSON_LINES, (line, column, kind, b, s, e) -> out.add(line + "|" + column + "|" + kind + "|"
                        + Masking.mask(kind, b, s, e)));

        assertThat(out).containsExactly("1|contact.mobile|MOBILE|+86-138-****-**78", "1|ids|RESIDENT_ID|11**** ******** **2X",
                "2|note|MOBILE|１３８******７８", "2|note|MOBILE|138.****.**78", "2|note|BANK_CARD|****-****-****-***0-128");
    }

    @Test
    void refuses_a_quoted_field_that_is_never_closed() {
        assertThatThrownBy(() -> hits("a\n\"13812345678\n", 1024, true)).isInstanceOf(InvalidAssetException.class);
    }

    private static List<String> hits(String csv, int window, boolean fused) {
        List<String> out = new ArrayList<>();
        IdentifierScan scan = new IdentifierScan(TODAY, window, 1 << 20);
        IdentifierScan.Hits sink = (line, column, kind, b, s, e) -> out.add(line + "|" + column + "|" + kind + "|" + Masking.mask(kind, b, s, e));
        ByteArrayInputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        if (fused) {
            scan.run(in, AssetFormat.CSV, sink);
        } else {
            scan.runRows(in, AssetFormat.CSV, sink);
        }
        return out;
    }

    private static String generated(int rows) {
        IdentifierFactory f = new IdentifierFactory(3);
        StringBuilder s = new StringBuilder("id,id_no,mobile,email,card_no,note,plate\n");
        for (int i = 0; i < rows; i++) {
            s.append(i).append(',').append(i % 7 == 0 ? f.residentIdWithWrongCheck() : f.residentId()).append(',')
                    .append(f.mobile()).append(',').append(f.email()).append(',')
                    .append(i % 3 == 0 ? f.unionPayCard() : "4111111111111111").append(',');
            switch (i % 4) {
                case 0 -> s.append("\"备注 ").append(f.mobile()).append("\n第二行 ").append(f.passport()).append('"');
                case 1 -> s.append("\"quoted \"\"").append(f.creditCode()).append("\"\" end\"");
                case 2 -> s.append("联系").append(f.email()).append("谢谢");
                default -> s.append(i % 8 == 3 ? "\"+86 138 " + f.digits(4) + " 5678, " + f.digits(4) + "-1201\"" : f.digits(18));
            }
            s.append(',').append(f.plate()).append(i % 5 == 0 ? "\r\n" : "\n");
        }
        return s.toString();
    }
}
