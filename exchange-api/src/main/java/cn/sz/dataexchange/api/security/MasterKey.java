package cn.sz.dataexchange.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that seals secrets at rest (token signing keys, subject-key secrets): AES-256-GCM with
 * a random nonce and the record's identity as associated data, so a sealed value cannot be moved
 * to another record. The key itself is never logged.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte FORMAT = 1;
    private static final int NONCE = 12;

    private final SecretKey key;

    private MasterKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("exchange.security.master-key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("exchange.security.master-key must be 32 bytes, base64-encoded", e);
        }
    }

    /** Reads the key file, creating it (owner-only) on first use. Only for the embedded mode. */
    public static MasterKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
                restrictToOwner(file);
                log.info("Created a master key file at {} (embedded mode); keep it with the data", file);
            }
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict permissions of {} on this file system", file);
        }
    }

    public byte[] seal(byte[] plaintext, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public byte[] open(byte[] sealed, String associatedData) {
        if (sealed.length < 1 + NONCE + 16 || sealed[0] != FORMAT) {
            throw new IllegalStateException("sealed value has an unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 1, NONCE));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed value cannot be opened: wrong master key or tampered data", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[redacted]";
    }
}
