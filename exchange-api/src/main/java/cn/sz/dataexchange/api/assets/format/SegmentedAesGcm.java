package cn.sz.dataexchange.api.assets.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The segmented AES-256-GCM format (ADR 0051). A 20-byte header (magic {@code SZDXAG01}, the
 * plaintext segment size, an 8-byte random nonce prefix) is followed by the segments; segment
 * {@code i} is the AES-GCM encryption of plaintext bytes {@code [i*S, (i+1)*S)} with nonce
 * {@code prefix || i} (4 bytes, big-endian) and associated data {@code assetId || i || last},
 * so segments cannot be reordered, moved to another asset, or dropped from the end. Not thread-safe.
 */
public final class SegmentedAesGcm {

    public static final int HEADER_BYTES = 20;
    public static final int TAG_BYTES = 16;
    private static final byte[] MAGIC = "SZDXAG01".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final byte[] assetId;
    private final int segmentBytes;
    private final byte[] noncePrefix;
    private final Cipher cipher;
    private final byte[] nonce = new byte[12];
    private final byte[] aad = new byte[16 + 8 + 1];

    public SegmentedAesGcm(byte[] dataKey, UUID assetId, int segmentBytes, byte[] noncePrefix) {
        if (dataKey.length != 32 || noncePrefix.length != 8 || segmentBytes < 1024) {
            throw new IllegalArgumentException("a 32-byte key, an 8-byte nonce prefix and segments of 1 KiB or more");
        }
        this.key = new SecretKeySpec(dataKey, "AES");
        this.assetId = ByteBuffer.allocate(16).putLong(assetId.getMostSignificantBits())
                .putLong(assetId.getLeastSignificantBits()).array();
        this.segmentBytes = segmentBytes;
        this.noncePrefix = noncePrefix.clone();
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** Reads the format's parameters back from a stored header. */
    public static SegmentedAesGcm fromHeader(byte[] dataKey, UUID assetId, byte[] header) {
        if (header.length < HEADER_BYTES || !Arrays.equals(header, 0, 8, MAGIC, 0, 8)) {
            throw new IllegalStateException("asset " + assetId + " does not start with the SZDXAG01 header");
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int segment = b.getInt(8);
        return new SegmentedAesGcm(dataKey, assetId, segment, Arrays.copyOfRange(header, 12, 20));
    }

    public byte[] header() {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(segmentBytes).put(noncePrefix).array();
    }

    public int segmentBytes() {
        return segmentBytes;
    }

    /** Segments a plaintext of {@code plainSize} bytes has (an empty plaintext still has one, empty, segment). */
    public static long segmentCount(long plainSize, int segmentBytes) {
        return plainSize == 0 ? 1 : (plainSize + segmentBytes - 1) / segmentBytes;
    }

    public static long ciphertextSize(long plainSize, int segmentBytes) {
        return HEADER_BYTES + plainSize + segmentCount(plainSize, segmentBytes) * TAG_BYTES;
    }

    /** Where segment {@code index} starts in the stored object. */
    public long segmentOffset(long index) {
        return HEADER_BYTES + index * (long) (segmentBytes + TAG_BYTES);
    }

    /** Encrypts one segment into {@code out}; returns the bytes written ({@code len + 16}). */
    public int encrypt(long index, boolean last, byte[] plain, int off, int len, byte[] out, int outOff) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, parameters(index, last));
            cipher.updateAAD(aad);
            return cipher.doFinal(plain, off, len, out, outOff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting segment " + index + " failed", e);
        }
    }

    /** Decrypts and authenticates one segment; a wrong key, a tampered or misplaced segment fails. */
    public int decrypt(long index, boolean last, byte[] sealed, int off, int len, byte[] out, int outOff) {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, parameters(index, last));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, off, len, out, outOff);
        } catch (AEADBadTagException e) {
            throw new TamperedContentException("segment " + index + " of the asset does not authenticate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decrypting segment " + index + " failed", e);
        }
    }

    private GCMParameterSpec parameters(long index, boolean last) {
        if (index < 0 || index > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("segment index out of range: " + index);
        }
        System.arraycopy(noncePrefix, 0, nonce, 0, 8);
        ByteBuffer.wrap(nonce, 8, 4).putInt((int) index);
        System.arraycopy(assetId, 0, aad, 0, 16);
        ByteBuffer.wrap(aad, 16, 8).putLong(index);
        aad[24] = (byte) (last ? 1 : 0);
        return new GCMParameterSpec(128, nonce);
    }
}
