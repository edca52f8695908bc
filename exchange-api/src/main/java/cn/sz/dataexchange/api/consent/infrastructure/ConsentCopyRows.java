package cn.sz.dataexchange.api.consent.infrastructure;

import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.model.VocabularyBits;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Encodes consent records in PostgreSQL's binary COPY format (header, one tuple per record,
 * trailer), which the server ingests without parsing text.
 */
final class ConsentCopyRows {

    static final String COPY_SQL = "COPY consent_records (org_id, subject_key, purposes, categories, third_party, express, "
            + "guardian, given_at, expires_at, withdrawn_at, notice_version, receipt_sha256, signed_receipt, import_id, "
            + "source_line) FROM STDIN WITH (FORMAT binary)";
    private static final short FIELDS = 15;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private ConsentCopyRows() {
    }

    static ByteBuf header() {
        return Unpooled.buffer(19).writeBytes(SIGNATURE).writeInt(0).writeInt(0);
    }

    static ByteBuf trailer() {
        return Unpooled.buffer(2).writeShort(-1);
    }

    static ByteBuf encode(UUID org, UUID importId, List<ConsentRecords.NumberedConsent> batch) {
        ByteBuf out = Unpooled.buffer(batch.size() * 260);
        for (ConsentRecords.NumberedConsent n : batch) {
            ConsentRecord r = n.consent().record();
            out.writeShort(FIELDS);
            uuid(out, org);
            bytes(out, r.subjectKey().toBytes());
            int8(out, VocabularyBits.ofPurposes(r.purposes()));
            int8(out, VocabularyBits.ofCategories(r.categories()));
            bool(out, r.thirdPartyProvision());
            bool(out, r.express());
            bool(out, r.guardianConsent());
            timestamp(out, r.givenAt());
            timestamp(out, r.expiresAt());
            timestamp(out, r.withdrawnAt());
            text(out, r.noticeVersion());
            bytes(out, HexFormat.of().parseHex(r.evidenceHash()));
            text(out, n.consent().signedReceipt());
            uuid(out, importId);
            int8(out, n.line());
        }
        return out;
    }

    private static void uuid(ByteBuf out, UUID id) {
        out.writeInt(16).writeLong(id.getMostSignificantBits()).writeLong(id.getLeastSignificantBits());
    }

    private static void bytes(ByteBuf out, byte[] value) {
        out.writeInt(value.length).writeBytes(value);
    }

    private static void int8(ByteBuf out, long value) {
        out.writeInt(8).writeLong(value);
    }

    private static void bool(ByteBuf out, boolean value) {
        out.writeInt(1).writeByte(value ? 1 : 0);
    }

    private static void timestamp(ByteBuf out, Instant at) {
        if (at == null) {
            out.writeInt(-1);
            return;
        }
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
        out.writeInt(8).writeLong(micros - POSTGRES_EPOCH_MICROS);
    }

    private static void text(ByteBuf out, String value) {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        bytes(out, value.getBytes(StandardCharsets.UTF_8));
    }
}
