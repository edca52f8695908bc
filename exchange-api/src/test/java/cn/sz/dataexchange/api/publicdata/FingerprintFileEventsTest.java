package cn.sz.dataexchange.api.publicdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.api.publicdata.application.FingerprintFileEvents;
import cn.sz.dataexchange.api.shared.RefusalException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fingerprint file read as a stream of events, in batches, with bad input named by its path. */
class FingerprintFileEventsTest {

    private static final String KEY = "00112233445566778899aabbccddeeff";

    private static List<FingerprintFileEvents.Event> events(String json, int batch) {
        List<FingerprintFileEvents.Event> events = new ArrayList<>();
        try (FingerprintFileEvents reader = new FingerprintFileEvents(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), batch)) {
            FingerprintFileEvents.Event e;
            while ((e = reader.next()) != null) {
                events.add(e);
            }
        }
        return events;
    }

    private static String fp(int i) {
        return String.format("%064x", i);
    }

    @Test
    void datasets_come_out_as_a_scheme_then_batches_of_fingerprints() {
        String json = "{\"datasets\":[{\"datasetId\":\"d1\",\"fields\":[\"name\",\"birth\"],\"keyHex\":\"" + KEY
                + "\",\"fingerprints\":[\"" + fp(1) + "\",\"" + fp(2) + "\",\"" + fp(3) + "\"]},"
                + "{\"datasetId\":\"d2\",\"fields\":[\"plate\"],\"keyHex\":\"" + KEY + "\"}]}";
        List<FingerprintFileEvents.Event> events = events(json, 2);
        assertThat(events).hasSize(4);
        assertThat(((FingerprintFileEvents.Scheme) events.get(0)).fields()).containsExactly("name", "birth");
        assertThat(((FingerprintFileEvents.Batch) events.get(1)).fingerprints()).containsExactly(fp(1), fp(2));
        assertThat(((FingerprintFileEvents.Batch) events.get(2)).fingerprints()).containsExactly(fp(3));
        assertThat(((FingerprintFileEvents.Scheme) events.get(3)).datasetId()).isEqualTo("d2");
    }

    @Test
    void bad_input_is_refused_with_its_path() {
        assertThatThrownBy(() -> events("{\"datasets\":[{\"datasetId\":\"d\",\"fields\":[\"a\"],\"keyHex\":\"" + KEY
                + "\",\"fingerprints\":[\"" + fp(1) + "\",\"nothex\"]}]}", 10))
                .isInstanceOf(RefusalException.class).hasMessageContaining("datasets[0].fingerprints[1]");
        assertThatThrownBy(() -> events("{\"datasets\":[{\"fingerprints\":[]}]}", 10))
                .isInstanceOf(RefusalException.class).hasMessageContaining("datasets[0].datasetId");
        assertThatThrownBy(() -> events("{\"datasets\":[{\"datasetId\":\"d\",\"fields\":[\"a\"],\"keyHex\":\"00\"}]}", 10))
                .isInstanceOf(RefusalException.class).hasMessageContaining("datasets[0].keyHex");
        assertThatThrownBy(() -> events("{\"sets\":[]}", 10))
                .isInstanceOf(RefusalException.class).hasMessageContaining("sets");
        assertThatThrownBy(() -> events("{\"datasets\":[", 10))
                .isInstanceOf(RefusalException.class).hasMessageContaining("not valid JSON");
    }
}
