package cn.sz.dataexchange.validator.asset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowReaderTest {

    private static final String CSV = "\uFEFFname,note,phone\r\n"
            + "Zhang,\"says \"\"hi\"\"\",13812345678\r\n"
            + "\n"
            + "Li,\"two\nlines\",13912345678\n"
            + "Wang,plain,\n";

    @ParameterizedTest(name = "buffer of {0} bytes")
    @ValueSource(ints = {1024, 1 << 20})
    void reads_quoted_fields_crlf_blank_lines_and_physical_line_numbers(int buffer) {
        List<String> seen = new ArrayList<>();
        try (CsvRowReader reader = new CsvRowReader(stream(CSV), buffer, 1 << 20)) {
            assertThat(reader.columns()).containsExactly("name", "note", "phone");
            Row row = new Row();
            while (reader.next(row)) {
                seen.add(row.line() + ":" + row.text(0) + "|" + row.text(1) + "|" + row.text(2));
            }
        }
        assertThat(seen).containsExactly("2:Zhang|says \"hi\"|13812345678", "4:Li|two\nlines|13912345678", "6:Wang|plain|");
    }

    @Test
    void reports_the_physical_line_of_a_value_after_a_line_break_inside_a_quoted_field() {
        try (CsvRowReader reader = new CsvRowReader(stream("a,b\n\"x\ny\",13812345678\n"), 1024, 1 << 20)) {
            Row row = new Row();
            assertThat(reader.next(row)).isTrue();
            assertThat(row.lineAt(row.start(1))).isEqualTo(3);
        }
    }

    @Test
    void refuses_a_quoted_field_that_is_never_closed() {
        assertThatThrownBy(() -> {
            try (CsvRowReader reader = new CsvRowReader(stream("a,b\n\"open,1\n"), 1024, 1 << 20)) {
                reader.next(new Row());
            }
        }).isInstanceOf(InvalidAssetException.class).hasMessageContaining("line 2");
    }

    @Test
    void refuses_an_empty_asset() {
        assertThatThrownBy(() -> new CsvRowReader(stream(""), 1024, 1 << 20))
                .isInstanceOf(InvalidAssetException.class).hasMessageContaining("header");
    }

    @Test
    void refuses_a_record_longer_than_the_limit() {
        String big = "a\n" + "x".repeat(5000) + "\n";
        assertThatThrownBy(() -> {
            try (CsvRowReader reader = new CsvRowReader(stream(big), 1024, 2048)) {
                reader.next(new Row());
            }
        }).isInstanceOf(InvalidAssetException.class).hasMessageContaining("longer than");
    }

    static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
