package cn.sz.dataexchange.api.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on a pushed notification (ADR 0066): header {@value #HEADER} =
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>}. The receiver recomputes it
 * with the secret it was given at registration, compares in constant time, and rejects old {@code t}
 * values to stop replays.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Exchange-Signature";

    private WebhookSignature() {
    }

    public static String header(byte[] secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds, body);
    }

    /** Whether {@code header} is a valid signature of {@code body} under {@code secret}. */
    public static boolean verify(byte[] secret, String header, byte[] body) {
        if (header == null) {
            return false;
        }
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        return t >= 0 && v1 != null && MessageDigest.isEqual(v1.getBytes(StandardCharsets.US_ASCII),
                hmacHex(secret, t, body).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmacHex(byte[] secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
