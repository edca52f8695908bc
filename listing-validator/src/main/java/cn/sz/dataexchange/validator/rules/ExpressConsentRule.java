package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.facts.ConsentCoverage;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;

import java.util.List;
import java.util.Map;

/**
 * Rule 2 (Art. 18, 19): sensitive and biometric data need express consent, and biometric data
 * may serve the product's purposes only under an express consent that names them.
 */
public final class ExpressConsentRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.EXPRESS_CONSENT;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        if (!ctx.manifest().declaresSensitiveData() || ctx.manifest().anonymizedClaim()
                || ctx.facts().consent().isEmpty()) {
            return List.of();
        }
        ConsentCoverage.Tally notExpress = ctx.facts().consent().get().gap(ConsentGap.NOT_EXPRESS);
        if (notExpress.count() == 0) {
            return List.of();
        }
        boolean biometric = ctx.manifest().declares(DataCategory.BIOMETRIC);
        String what = biometric
                ? "biometric data, which may be used for the product's purposes only under an express consent naming them"
                : "sensitive personal data";
        return List.of(Finding.of(id(), Severity.BLOCKING,
                notExpress.count() + " data subjects gave no express consent, but the product contains " + what + ".",
                Evidence.counts(Map.of("subjectsWithoutExpressConsent", notExpress.count()))
                        .withSampleLines(notExpress.sampleLines()),
                "Obtain express consent from these " + notExpress.count() + " subjects or remove their rows"
                        + (biometric ? " and the biometric columns." : ".")));
    }
}
