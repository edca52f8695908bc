package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.api.listings.model.ValidationRun;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A validation run as the API shows it: where it is and, once done, the validator's report as it
 * produced it (every finding with its article, evidence and remediation).
 */
public record ValidationView(UUID runId, UUID listingId, int version, String kind, String state, String phase,
                             int percent, long bytesRead, long totalBytes, long rowsRead, String verdict,
                             JsonNode report, String error, int attempts, Instant createdAt, Instant startedAt,
                             Instant finishedAt, Instant updatedAt) {

    static ValidationView of(ValidationRun r, JsonMapper json, boolean withReport) {
        return new ValidationView(r.id(), r.listingId(), r.version(), r.kind().name(), r.state().name(), r.phase().name(),
                r.percent(), r.bytesRead(), r.totalBytes(), r.rowsRead(), r.verdict() == null ? null : r.verdict().name(),
                withReport && r.report() != null ? json.readTree(r.report()) : null, r.error(), r.attempts(),
                r.createdAt(), r.startedAt(), r.finishedAt(), r.updatedAt());
    }
}
