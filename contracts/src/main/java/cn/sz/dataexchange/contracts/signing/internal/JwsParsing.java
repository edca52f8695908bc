package cn.sz.dataexchange.contracts.signing.internal;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.ALGORITHM_NOT_ALLOWED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.MALFORMED_JWS;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.MISSING_KEY_ID;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.MISSING_SIGNING_TIME;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.PAYLOAD_NOT_DETACHED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.UNSUPPORTED_HEADER;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.WRONG_TYPE;

import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import cn.sz.dataexchange.contracts.signing.JwsHeaders;
import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a compact JWS and applies the header rules before any key is touched: only ES256 and
 * EdDSA, the expected "typ", a "kid", an "iat", no "crit", "b64", "jku", "jwk", "x5u" or "x5c"
 * (keys come only from the directory), and a detached or attached payload as the caller expects.
 */
public final class JwsParsing {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Set<String> REFUSED_HEADERS = Set.of("crit", "b64", "jku", "jwk", "x5u", "x5c");
    static final int MAX_LENGTH = 16_384;

    private JwsParsing() {
    }

    /** A detached-payload JWS ("header..signature") over the given bytes. */
    public static Step<ParsedJws> parseDetached(int index, String compact, String expectedType, byte[] detachedPayload) {
        return parse(index, compact, expectedType, detachedPayload);
    }

    /** A JWS with its payload attached ("header.payload.signature"). */
    public static Step<ParsedJws> parseAttached(int index, String compact, String expectedType) {
        return parse(index, compact, expectedType, null);
    }

    private static Step<ParsedJws> parse(int index, String compact, String expectedType, byte[] detached) {
        String text = compact == null ? "" : compact.strip();
        String[] parts = text.split("\\.", -1);
        if (text.length() > MAX_LENGTH || parts.length != 3
                || !BASE64URL.matcher(parts[0]).matches() || !BASE64URL.matcher(parts[1]).matches()
                || !BASE64URL.matcher(parts[2]).matches() || parts[0].isEmpty()) {
            return Step.failed(index, null, MALFORMED_JWS, "not a compact JWS (three base64url parts)");
        }
        Map<String, Object> header;
        try {
            header = JsonParser.parseObject(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | MalformedJsonException e) {
            return Step.failed(index, null, MALFORMED_JWS, "the protected header is not a base64url JSON object");
        }
        String kid = header.get("kid") instanceof String s && !s.isBlank() ? s : null;
        Optional<SigningAlgorithm> algorithm = header.get("alg") instanceof String alg
                ? SigningAlgorithm.fromJoseName(alg) : Optional.empty();
        if (algorithm.isEmpty()) {
            return Step.failed(index, kid, ALGORITHM_NOT_ALLOWED, "\"alg\" is " + header.get("alg")
                    + "; only ES256 and EdDSA are accepted");
        }
        if (parts[2].isEmpty()) {
            return Step.failed(index, kid, MALFORMED_JWS, "no signature");
        }
        Optional<String> refused = REFUSED_HEADERS.stream().filter(header::containsKey).sorted().findFirst();
        if (refused.isPresent()) {
            return Step.failed(index, kid, UNSUPPORTED_HEADER, "header parameter \"" + refused.get() + "\" is not accepted");
        }
        if (!expectedType.equals(header.get("typ"))) {
            return Step.failed(index, kid, WRONG_TYPE, "\"typ\" must be " + expectedType);
        }
        if (kid == null) {
            return Step.failed(index, null, MISSING_KEY_ID, "no \"kid\" in the protected header");
        }
        Optional<Instant> signedAt = ParsedJws.numericDate(header.get(JwsHeaders.SIGNED_AT));
        if (signedAt.isEmpty()) {
            return Step.failed(index, kid, MISSING_SIGNING_TIME, "no integer \"iat\" (signing time) in the protected header");
        }
        byte[] payload;
        if (detached != null) {
            if (!parts[1].isEmpty()) {
                return Step.failed(index, kid, PAYLOAD_NOT_DETACHED, "the payload must be detached (header..signature)");
            }
            payload = detached;
        } else {
            payload = Base64.getUrlDecoder().decode(parts[1]);
        }
        return Step.ok(new ParsedJws(index, text, header, algorithm.get(), kid, signedAt.get(), payload));
    }
}
