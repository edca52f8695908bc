package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.publicdata.Fingerprint;
import cn.sz.dataexchange.validator.publicdata.FingerprintScheme;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Fingerprints every row the way the public-data authority did for one dataset and asks the port, in batches, which are restricted. */
public final class FingerprintObserver implements RowObserver {

    private final FingerprintScheme scheme;
    private final RestrictedFingerprints port;
    private final ColumnLookup[] lookups;
    private final Mac mac;
    private final int batchSize;
    private final List<Fingerprint> batch = new ArrayList<>();
    private final List<Long> batchLines = new ArrayList<>();
    private final SampleLines overlapping;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream(256);
    private List<String> lastColumns = List.of();
    private long compared;

    public FingerprintObserver(FingerprintScheme scheme, RestrictedFingerprints port, int batchSize, int sampleLimit) {
        this.scheme = scheme;
        this.port = port;
        this.lookups = scheme.fields().stream().map(ColumnLookup::new).toArray(ColumnLookup[]::new);
        this.batchSize = batchSize;
        this.overlapping = new SampleLines(sampleLimit);
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(scheme.key(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public void observe(Row row, List<String> columns) {
        lastColumns = columns;
        message.reset();
        for (int i = 0; i < lookups.length; i++) {
            int column = lookups[i].indexIn(columns);
            int field = column < 0 ? -1 : row.fieldOf(column);
            if (field < 0) {
                return;
            }
            if (i > 0) {
                message.write(0x1F);
            }
            byte[] value = row.text(field).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            message.write(value, 0, value.length);
        }
        compared++;
        batch.add(Fingerprint.fromBytes(mac.doFinal(message.toByteArray())));
        batchLines.add(row.line());
        if (batch.size() == batchSize) {
            flush();
        }
    }

    @Override
    public void finish() {
        flush();
    }

    public RestrictedOverlap result() {
        flush();
        List<String> missing = scheme.fields().stream()
                .filter(f -> new ColumnLookup(f).indexIn(lastColumns) < 0).toList();
        return new RestrictedOverlap(scheme.datasetId(), missing, compared, overlapping.count(), overlapping.lines());
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        BitSet hits = port.restricted(scheme.datasetId(), List.copyOf(batch));
        for (int i = hits.nextSetBit(0); i >= 0 && i < batch.size(); i = hits.nextSetBit(i + 1)) {
            overlapping.add(batchLines.get(i));
        }
        batch.clear();
        batchLines.clear();
    }
}
