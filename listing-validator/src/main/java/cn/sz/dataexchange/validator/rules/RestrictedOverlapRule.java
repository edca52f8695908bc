package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.facts.RestrictedOverlap;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.List;
import java.util.Map;

/**
 * Rule 7b (Art. 67(2), 48): rows matching fingerprints of non-open public datasets are refused,
 * whether or not the seller declared the source.
 */
public final class RestrictedOverlapRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.RESTRICTED_OVERLAP;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        return ctx.facts().overlaps().stream().map(this::judge).toList();
    }

    private Finding judge(RestrictedOverlap o) {
        Evidence evidence = Evidence.counts(Map.of("rowsCompared", o.rowsCompared(), "overlappingRows", o.overlappingRows()))
                .withFigures(Map.of("datasetId", o.datasetId()))
                .withSampleLines(o.sampleLines());
        if (!o.comparable()) {
            return Finding.of(id(), Severity.INFO, "Not compared with restricted dataset '" + o.datasetId()
                    + "': the asset has no column(s) " + o.missingColumns() + ".", evidence.withColumns(o.missingColumns()), null);
        }
        if (o.overlappingRows() > 0) {
            return Finding.of(id(), Severity.BLOCKING, o.overlappingRows() + " rows match records of the non-open public dataset '"
                    + o.datasetId() + "'.", evidence, "Remove these " + o.overlappingRows() + " rows.");
        }
        return Finding.of(id(), Severity.INFO, "No row matches the non-open public dataset '" + o.datasetId() + "'.",
                evidence, null);
    }
}
