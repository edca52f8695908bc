package cn.sz.dataexchange.api.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.api.assets.format.DecryptingContent;
import cn.sz.dataexchange.api.assets.format.EncryptingWriter;
import cn.sz.dataexchange.api.assets.format.SegmentedAesGcm;
import cn.sz.dataexchange.api.assets.format.StoredBytes;
import cn.sz.dataexchange.api.assets.format.TamperedContentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The segmented AES-GCM format: round trips, any range, and tampering in every form detected. */
class SegmentedAesGcmTest {

    private static final int SEGMENT = 1024;
    private static final UUID ASSET = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static Stream<Arguments> seededSizes() {
        return IntStream.range(0, 40).mapToObj(seed -> {
            Random random = new Random(seed);
            int size = switch (seed % 5) {
                case 0 -> 0;
                case 1 -> SEGMENT * (1 + random.nextInt(5));
                case 2 -> SEGMENT * (1 + random.nextInt(5)) + 1;
                default -> random.nextInt(SEGMENT * 8);
            };
            return Arguments.of(seed, size);
        });
    }

    @ParameterizedTest(name = "seed {0}, {1} bytes")
    @MethodSource("seededSizes")
    void any_range_of_any_plaintext_reads_back_exactly(int seed, int size) throws IOException {
        Random random = new Random(seed);
        byte[] plain = new byte[size];
        random.nextBytes(plain);
        byte[] key = key(random);
        byte[] stored = encrypt(plain, key, random);

        assertThat(stored.length).isEqualTo(SegmentedAesGcm.ciphertextSize(size, SEGMENT));
        try (DecryptingContent content = new DecryptingContent(bytes(stored), key, ASSET, size)) {
            for (int i = 0; i < 20; i++) {
                int from = size == 0 ? 0 : random.nextInt(size);
                int length = size == 0 ? 0 : 1 + random.nextInt(size - from);
                assertThat(readRange(content, from, length)).isEqualTo(Arrays.copyOfRange(plain, from, from + length));
            }
            assertThat(readRange(content, 0, size)).isEqualTo(plain);
        }
    }

    @Test
    void a_flipped_bit_anywhere_in_a_segment_is_detected() throws IOException {
        Random random = new Random(7);
        byte[] plain = new byte[SEGMENT * 3 + 10];
        random.nextBytes(plain);
        byte[] key = key(random);
        byte[] stored = encrypt(plain, key, random);
        stored[SegmentedAesGcm.HEADER_BYTES + SEGMENT + 16 + 5] ^= 1;

        try (DecryptingContent content = new DecryptingContent(bytes(stored), key, ASSET, plain.length)) {
            assertThat(readRange(content, 0, 100)).isEqualTo(Arrays.copyOf(plain, 100));
            assertThatThrownBy(() -> readRange(content, SEGMENT, 10)).isInstanceOf(TamperedContentException.class);
        }
    }

    @Test
    void a_truncated_asset_is_detected_even_at_a_segment_boundary() throws IOException {
        Random random = new Random(8);
        byte[] plain = new byte[SEGMENT * 3];
        random.nextBytes(plain);
        byte[] key = key(random);
        byte[] stored = encrypt(plain, key, random);
        byte[] truncated = Arrays.copyOf(stored, stored.length - (SEGMENT + 16));

        assertThatThrownBy(() -> new DecryptingContent(bytes(truncated), key, ASSET, plain.length))
                .isInstanceOf(TamperedContentException.class);
        try (DecryptingContent claimingShorter = new DecryptingContent(bytes(truncated), key, ASSET, SEGMENT * 2L)) {
            assertThatThrownBy(() -> readRange(claimingShorter, SEGMENT, 10))
                    .as("segment 1 was not sealed as the last one").isInstanceOf(TamperedContentException.class);
        }
    }

    @Test
    void content_of_another_asset_or_under_another_key_does_not_open() throws IOException {
        Random random = new Random(9);
        byte[] plain = new byte[100];
        byte[] key = key(random);
        byte[] stored = encrypt(plain, key, random);

        try (DecryptingContent moved = new DecryptingContent(bytes(stored), key, UUID.randomUUID(), plain.length)) {
            assertThatThrownBy(() -> readRange(moved, 0, 10)).isInstanceOf(TamperedContentException.class);
        }
        try (DecryptingContent wrongKey = new DecryptingContent(bytes(stored), key(random), ASSET, plain.length)) {
            assertThatThrownBy(() -> readRange(wrongKey, 0, 10)).isInstanceOf(TamperedContentException.class);
        }
    }

    private static byte[] key(Random random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    private static byte[] encrypt(byte[] plain, byte[] key, Random random) throws IOException {
        byte[] prefix = new byte[8];
        random.nextBytes(prefix);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EncryptingWriter writer = new EncryptingWriter(new SegmentedAesGcm(key, ASSET, SEGMENT, prefix), bytes -> {
            byte[] chunk = new byte[bytes.remaining()];
            bytes.get(chunk);
            out.write(chunk);
        });
        int at = 0;
        while (at < plain.length) {
            int n = Math.min(plain.length - at, 1 + random.nextInt(SEGMENT * 2));
            writer.write(ByteBuffer.wrap(plain, at, n));
            at += n;
        }
        writer.finish();
        return out.toByteArray();
    }

    private static byte[] readRange(DecryptingContent content, long from, int length) throws IOException {
        byte[] out = new byte[length];
        int at = 0;
        while (at < length) {
            int n = content.read(from + at, out, at, length - at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return Arrays.copyOf(out, at);
    }

    private static StoredBytes bytes(byte[] stored) {
        return new StoredBytes() {
            @Override
            public long size() {
                return stored.length;
            }

            @Override
            public int read(ByteBuffer dst, long position) {
                if (position >= stored.length) {
                    return -1;
                }
                int n = (int) Math.min(dst.remaining(), stored.length - position);
                dst.put(stored, (int) position, n);
                return n;
            }

            @Override
            public void close() {
            }
        };
    }
}
