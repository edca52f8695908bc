package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.List;
import java.util.Map;

/** Rule 8b (Art. 82): cross-border delivery of personal or important data needs a security assessment reference. */
public final class CrossBorderRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.CROSS_BORDER;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        if (!ctx.manifest().crossBorder().delivered()) {
            return List.of();
        }
        boolean personal = ctx.manifest().personalDataPresent() || !ctx.facts().identifiers().personal().isEmpty();
        boolean important = ctx.manifest().contentTags().stream().anyMatch(ctx.config().importantDataCatalog()::contains);
        if (!personal && !important) {
            return List.of();
        }
        String what = personal && important ? "personal and important data" : personal ? "personal data" : "important data";
        if (ctx.manifest().crossBorder().hasAssessment()) {
            return List.of(Finding.of(id(), Severity.INFO, "Cross-border delivery of " + what
                    + " under security assessment " + ctx.manifest().crossBorder().securityAssessmentRef() + ".",
                    Evidence.NONE.withFigures(Map.of("securityAssessmentRef", ctx.manifest().crossBorder().securityAssessmentRef())),
                    null));
        }
        return List.of(Finding.of(id(), Severity.BLOCKING, "The product is delivered across the border and contains "
                + what + ", but no security assessment of cross-border data is cited.", Evidence.NONE,
                "Cite the security assessment reference, or deliver only within the mainland."));
    }
}
