package cn.sz.dataexchange.api.consent.infrastructure;

import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.model.VocabularyBits;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Encodes consent records as rows of PostgreSQL's COPY text format. */
final class ConsentCopyRows {

    static final String COPY_SQL = "COPY consent_records (org_id, subject_key, purposes, categories, third_party, express, "
            + "guardian, given_at, expires_at, withdrawn_at, notice_version, receipt_sha256, signed_receipt, import_id, "
            + "source_line) FROM STDIN";
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private ConsentCopyRows() {
    }

    static ByteBuf encode(UUID org, UUID importId, List<ConsentRecords.NumberedConsent> batch) {
        ByteBuf out = Unpooled.buffer(batch.size() * 420);
        byte[] orgText = org.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] importText = importId.toString().getBytes(StandardCharsets.US_ASCII);
        for (ConsentRecords.NumberedConsent n : batch) {
            ConsentRecord r = n.consent().record();
            out.writeBytes(orgText).writeByte('\t');
            bytea(out, r.subjectKey().toBytes());
            out.writeByte('\t');
            ascii(out, Long.toString(VocabularyBits.ofPurposes(r.purposes()))).writeByte('\t');
            ascii(out, Long.toString(VocabularyBits.ofCategories(r.categories()))).writeByte('\t');
            bool(out, r.thirdPartyProvision());
            bool(out, r.express());
            bool(out, r.guardianConsent());
            instant(out, r.givenAt());
            instant(out, r.expiresAt());
            instant(out, r.withdrawnAt());
            text(out, r.noticeVersion());
            out.writeByte('\t');
            bytea(out, java.util.HexFormat.of().parseHex(r.evidenceHash()));
            out.writeByte('\t');
            if (n.consent().signedReceipt() == null) {
                out.writeByte('\\').writeByte('N');
            } else {
                text(out, n.consent().signedReceipt());
            }
            out.writeByte('\t').writeBytes(importText).writeByte('\t');
            ascii(out, Long.toString(n.line())).writeByte('\n');
        }
        return out;
    }

    private static ByteBuf ascii(ByteBuf out, String s) {
        return out.writeCharSequence(s, StandardCharsets.US_ASCII) >= 0 ? out : out;
    }

    private static void bool(ByteBuf out, boolean value) {
        out.writeByte(value ? 't' : 'f').writeByte('\t');
    }

    private static void instant(ByteBuf out, Instant at) {
        if (at == null) {
            out.writeByte('\\').writeByte('N');
        } else {
            ascii(out, at.toString());
        }
        out.writeByte('\t');
    }

    /** bytea in COPY text: {@code \\x} then hex (the backslash itself escaped). */
    private static void bytea(ByteBuf out, byte[] bytes) {
        out.writeByte('\\').writeByte('\\').writeByte('x');
        for (byte b : bytes) {
            out.writeByte(HEX[(b >> 4) & 0xF]).writeByte(HEX[b & 0xF]);
        }
    }

    private static void text(ByteBuf out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            switch (b) {
                case '\\' -> out.writeByte('\\').writeByte('\\');
                case '\t' -> out.writeByte('\\').writeByte('t');
                case '\n' -> out.writeByte('\\').writeByte('n');
                case '\r' -> out.writeByte('\\').writeByte('r');
                default -> out.writeByte(b);
            }
        }
    }
}
