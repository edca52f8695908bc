package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.facts.IdentifierOccurrences;
import cn.sz.dataexchange.validator.identifiers.IdentifierKind;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.List;
import java.util.Map;

/** Unified social credit codes identify organisations, not persons (Art. 2(2)): reported for information only. */
public final class OrganisationIdentifiersRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.ORGANISATION_IDENTIFIERS;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        return ctx.facts().identifiers().ofKind(IdentifierKind.CREDIT_CODE).stream()
                .map(this::finding)
                .toList();
    }

    private Finding finding(IdentifierOccurrences o) {
        return Finding.of(id(), Severity.INFO,
                "Column '" + o.column() + "' holds " + o.values()
                        + " unified social credit codes; they identify organisations, not natural persons.",
                Evidence.counts(Map.of("values", o.values())).withColumns(List.of(o.column()))
                        .withSampleLines(o.sampleLines()).withMaskedSamples(o.maskedSamples()),
                null);
    }
}
