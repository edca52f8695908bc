package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The download log is the record of delivery (ADR 0064): a download whose every byte was written is
 * logged complete even when the client closes the connection the moment it has the last byte (as
 * curl does), and a download the client cuts short is logged cancelled with the bytes it was sent.
 * Through a plain socket, so the test controls exactly when the connection closes.
 */
class DeliveryLogTest extends TradingTest {

    /** Enough downloads to catch a race that hit 2-5 of 26. */
    private static final int DOWNLOADS = 40;

    @Value("${local.server.port}")
    private int port;

    private Party seller;
    private Party buyer;

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
    }

    @Test
    void every_download_whose_client_closes_right_after_the_last_byte_is_logged_complete() throws IOException {
        Product product = fixture.listed(seller, 15_000);
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, product);
        int size = product.content().length;
        for (int i = 0; i < DOWNLOADS; i++) {
            // Half close gracefully (FIN, as curl does), half abort (RST).
            byte[] body = downloadAndClose(fixture.deliveryToken(trade, buyer), size, i % 2 == 1);
            assertThat(body).isEqualTo(product.content());
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(finishedDownloads(trade)).hasSize(DOWNLOADS));
        assertThat(finishedDownloads(trade)).as("outcome and bytes of every download")
                .containsOnly("0-" + (size - 1) + ":complete:" + size);
    }

    @Test
    void a_download_the_client_cuts_short_is_logged_cancelled_with_the_bytes_it_was_sent() throws IOException {
        // About 25 MB: more than the server can hand to the connection (prefetch, socket buffers) before
        // the client stops reading.
        Product large = fixture.listed(seller, 15_000, 1_000_000);
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, large);
        int size = large.content().length;
        int read = 256 * 1024;

        byte[] body = downloadAndClose(fixture.deliveryToken(trade, buyer), read, true);
        assertThat(body).isEqualTo(Arrays.copyOf(large.content(), read));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(finishedDownloads(trade)).hasSize(1));
        String[] logged = finishedDownloads(trade).get(0).split(":");
        assertThat(logged[0]).isEqualTo("0-" + (size - 1));
        assertThat(logged[1]).isEqualTo("cancelled");
        assertThat(Long.parseLong(logged[2])).as("bytes sent").isBetween((long) read, size - 1L);
    }

    /**
     * GET of a delivery over a fresh connection: reads the head, then exactly {@code bytes} bytes of the
     * body, and closes at once, gracefully or with a reset.
     */
    private byte[] downloadAndClose(String token, int bytes, boolean reset) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/deliveries/" + token + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + buyer.token() + "\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = head(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            byte[] body = in.readNBytes(bytes);
            if (reset) {
                socket.setSoLinger(true, 0);
            }
            return body;
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT).replace("http/1.1", "HTTP/1.1");
    }

    private List<String> finishedDownloads(UUID trade) {
        return db.sql("""
                        SELECT range_start, range_end, outcome, bytes_sent FROM delivery_downloads
                        WHERE trade_id = :t AND finished_at IS NOT NULL ORDER BY started_at""")
                .bind("t", trade).map(row -> row.get("range_start", Long.class) + "-" + row.get("range_end", Long.class)
                        + ":" + row.get("outcome", String.class) + ":" + row.get("bytes_sent", Long.class))
                .all().collectList().block();
    }
}
