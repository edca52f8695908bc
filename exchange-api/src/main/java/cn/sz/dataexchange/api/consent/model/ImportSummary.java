package cn.sz.dataexchange.api.consent.model;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of a bulk import: how many lines were kept and refused, and the first refusals by
 * line number ({@code errorsTruncated} when there were more than are listed).
 */
public record ImportSummary(UUID importId, long lines, long accepted, long rejected, List<LineError> errors,
                            boolean errorsTruncated) {

    public ImportSummary {
        errors = List.copyOf(errors);
    }
}
