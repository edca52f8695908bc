package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.facts.ConsentCoverage;
import cn.sz.dataexchange.validator.facts.IdentifierOccurrences;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 5 (Art. 26, 27): where subjects did not consent to provision to third parties, the
 * delivered data must carry no direct identifiers.
 */
public final class DeIdentificationRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.DE_IDENTIFICATION;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        if (ctx.facts().consent().isEmpty() || ctx.manifest().anonymizedClaim()) {
            return List.of();
        }
        ConsentCoverage.Tally noThirdParty = ctx.facts().consent().get().gap(ConsentGap.THIRD_PARTY_NOT_COVERED);
        if (noThirdParty.count() == 0) {
            return List.of();
        }
        if (!ctx.carriesDirectIdentifiers()) {
            return List.of(Finding.of(id(), Severity.INFO,
                    noThirdParty.count() + " subjects did not consent to provision to third parties; the data carry no "
                            + "direct identifiers, so they are delivered de-identified.",
                    Evidence.counts(Map.of("subjectsWithoutThirdPartyConsent", noThirdParty.count())), null));
        }
        List<String> columns = new ArrayList<>();
        for (IdentifierOccurrences o : ctx.facts().identifiers().personal()) {
            if (!columns.contains(o.column())) {
                columns.add(o.column());
            }
        }
        if (ctx.rawSubjectColumn() && !columns.contains(ctx.manifest().subjectColumn().name())) {
            columns.add(ctx.manifest().subjectColumn().name());
        }
        return List.of(Finding.of(id(), Severity.BLOCKING,
                noThirdParty.count() + " subjects did not consent to provision to third parties, yet the data carry "
                        + "direct identifiers in " + columns.size() + " column(s).",
                Evidence.counts(Map.of("subjectsWithoutThirdPartyConsent", noThirdParty.count()))
                        .withColumns(columns).withSampleLines(noThirdParty.sampleLines()),
                "Remove or replace with keyed pseudonyms the columns " + columns
                        + ", or obtain consent to provision to third parties."));
    }
}
