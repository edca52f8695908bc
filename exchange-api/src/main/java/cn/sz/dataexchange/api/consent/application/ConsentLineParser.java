package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.consent.model.LineError;
import cn.sz.dataexchange.api.consent.model.StoredConsent;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads one JSON Lines consent record, strictly: unknown fields, wrong types and missing or
 * inconsistent values are refused with the field named. Field names follow the Kantara Consent
 * Receipt and ISO/IEC 27560 where they have one (ADR 0053). A raw {@code subject} is turned into
 * the organisation's keyed subject key here and never stored. Thread-safe.
 */
public final class ConsentLineParser {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+");
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(cn.sz.dataexchange.api.shared.NoNulJson.module())
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build().readerFor(ConsentLine.class);

    /** The JSON shape of one line. */
    record ConsentLine(String subject, SubjectIdentifierKind subjectType, String subjectKey, List<Purpose> purposes,
                       List<DataCategory> dataCategories, Boolean thirdPartyDisclosure, Boolean express,
                       Boolean guardianConsent, Instant givenAt, Instant expiresAt, Instant withdrawnAt,
                       String noticeVersion, Evidence evidence) {
    }

    /** Evidence of notice and consent (Art. 25): the receipt's SHA-256, and optionally the signed receipt. */
    record Evidence(String receiptSha256, String signedReceipt) {
    }

    /** A parsed line: the consent, or why not. */
    public sealed interface Parsed permits Good, Bad {
    }

    public record Good(StoredConsent consent) implements Parsed {
    }

    public record Bad(LineError error) implements Parsed {
    }

    private final SubjectKeyDerivation derivation;

    public ConsentLineParser(SubjectKeyDerivation derivation) {
        this.derivation = derivation;
    }

    public Parsed parse(long line, byte[] bytes, int offset, int length) {
        ConsentLine c;
        try {
            c = READER.readValue(bytes, offset, length);
        } catch (UnrecognizedPropertyException e) {
            return bad(line, path(e), "is not a known field");
        } catch (JacksonException e) {
            String field = path(e);
            return bad(line, field, field == null ? "is not a JSON object: " + e.getOriginalMessage()
                    : "has the wrong type or value: " + e.getOriginalMessage());
        }
        if (c == null) {
            return bad(line, null, "is not a JSON object");
        }
        return check(line, c);
    }

    private Parsed check(long line, ConsentLine c) {
        if ((c.subject() == null) == (c.subjectKey() == null)) {
            return bad(line, "subject", "give exactly one of subject (with subjectType) and subjectKey");
        }
        SubjectKey key;
        if (c.subjectKey() != null) {
            if (!HEX64.matcher(c.subjectKey()).matches()) {
                return bad(line, "subjectKey", "must be 64 hex characters");
            }
            key = SubjectKey.fromHex(c.subjectKey());
        } else {
            if (c.subjectType() == null) {
                return bad(line, "subjectType", "is required with subject (RESIDENT_ID, MOBILE, EMAIL, PASSPORT, OTHER)");
            }
            if (c.subject().isBlank() || c.subject().length() > 256) {
                return bad(line, "subject", "must have 1 to 256 characters");
            }
            key = derivation.derive(c.subjectType(), c.subject());
        }
        if (c.purposes() == null || c.purposes().isEmpty() || c.purposes().contains(null)) {
            return bad(line, "purposes", "must name at least one purpose of the vocabulary");
        }
        if (c.dataCategories() != null && c.dataCategories().contains(null)) {
            return bad(line, "dataCategories", "must not contain null");
        }
        if (c.givenAt() == null) {
            return bad(line, "givenAt", "is required");
        }
        if (c.expiresAt() != null && !c.expiresAt().isAfter(c.givenAt())) {
            return bad(line, "expiresAt", "must be after givenAt");
        }
        if (c.withdrawnAt() != null && c.withdrawnAt().isBefore(c.givenAt())) {
            return bad(line, "withdrawnAt", "must not be before givenAt");
        }
        if (c.noticeVersion() == null || c.noticeVersion().isBlank() || c.noticeVersion().length() > 100) {
            return bad(line, "noticeVersion", "is required (1 to 100 characters)");
        }
        if (c.evidence() == null || c.evidence().receiptSha256() == null || !HEX64.matcher(c.evidence().receiptSha256()).matches()) {
            return bad(line, "evidence.receiptSha256", "is required: the SHA-256 of the consent receipt, 64 hex characters");
        }
        String signed = c.evidence().signedReceipt();
        if (signed != null && (signed.length() > 16_384 || !COMPACT_JWS.matcher(signed).matches())) {
            return bad(line, "evidence.signedReceipt", "must be a compact JWS of at most 16384 characters");
        }
        ConsentRecord record = new ConsentRecord(key, Set.copyOf(c.purposes()),
                c.dataCategories() == null ? Set.of() : Set.copyOf(c.dataCategories()),
                Boolean.TRUE.equals(c.thirdPartyDisclosure()), Boolean.TRUE.equals(c.express()),
                Boolean.TRUE.equals(c.guardianConsent()), c.givenAt(), c.expiresAt(), c.withdrawnAt(),
                c.noticeVersion(), c.evidence().receiptSha256().toLowerCase(java.util.Locale.ROOT));
        return new Good(new StoredConsent(record, signed));
    }

    private static Bad bad(long line, String field, String message) {
        return new Bad(new LineError(line, field, message));
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
