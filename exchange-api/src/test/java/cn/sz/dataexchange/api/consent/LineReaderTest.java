package cn.sz.dataexchange.api.consent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.consent.application.LineReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Lines and their numbers come out the same however the stream is cut into reads. */
class LineReaderTest {

    private static List<String> lines(InputStream in, int max) {
        List<String> out = new ArrayList<>();
        try (LineReader reader = new LineReader(in, max)) {
            while (reader.next()) {
                out.add(reader.number() + ":" + (reader.tooLong() ? "TOO LONG"
                        : new String(reader.buffer(), reader.start(), reader.length(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void crlf_blank_lines_and_a_last_line_without_a_break_are_read() {
        byte[] text = "a\r\n\nb\nc".getBytes(StandardCharsets.UTF_8);
        assertThat(lines(new ByteArrayInputStream(text), 100)).containsExactly("1:a", "2:", "3:b", "4:c");
    }

    @Test
    void a_line_longer_than_the_limit_is_reported_and_skipped() {
        byte[] text = ("short\n" + "x".repeat(5000) + "\nafter\n").getBytes(StandardCharsets.UTF_8);
        assertThat(lines(new ByteArrayInputStream(text), 1000)).containsExactly("1:short", "2:TOO LONG", "3:after");
    }

    @RepeatedTest(25)
    void any_chunking_of_the_stream_gives_the_same_lines(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            String line = "line-" + i + "-" + "z".repeat(random.nextInt(50));
            text.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
            expected.add(i + ":" + line);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        InputStream choppy = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.max(1, Math.min(len, random.nextInt(40))));
            }
        };
        assertThat(lines(choppy, 1000)).isEqualTo(expected);
    }
}
