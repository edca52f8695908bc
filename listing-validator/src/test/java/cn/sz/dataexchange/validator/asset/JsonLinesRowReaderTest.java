package cn.sz.dataexchange.validator.asset;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLinesRowReaderTest {

    @Test
    void flattens_nested_objects_and_arrays_into_dotted_columns() {
        String jsonl = "{\"name\":\"Zhang\",\"contact\":{\"phone\":\"13812345678\"},\"tags\":[\"a\",\"b\"],\"age\":30}\n"
                + "\n"
                + "{\"name\":\"Li\",\"extra\":null}\n";
        List<String> seen = new ArrayList<>();
        try (JsonLinesRowReader reader = new JsonLinesRowReader(CsvRowReaderTest.stream(jsonl), 1024, 1 << 20)) {
            Row row = new Row();
            while (reader.next(row)) {
                StringBuilder s = new StringBuilder().append(row.line()).append(':');
                for (int f = 0; f < row.fieldCount(); f++) {
                    s.append(reader.columns().get(row.column(f))).append('=').append(row.text(f)).append(' ');
                }
                seen.add(s.toString().strip());
            }
        }
        assertThat(seen).containsExactly("1:name=Zhang contact.phone=13812345678 tags=a tags=b age=30", "3:name=Li");
    }

    @Test
    void refuses_a_line_that_is_not_a_json_object() {
        assertThatThrownBy(() -> {
            try (JsonLinesRowReader reader = new JsonLinesRowReader(CsvRowReaderTest.stream("{\"a\":1}\n[1,2]\n"), 1024, 1 << 20)) {
                Row row = new Row();
                while (reader.next(row)) {
                    // read on
                }
            }
        }).isInstanceOf(InvalidAssetException.class).hasMessageContaining("line 2");
    }
}
