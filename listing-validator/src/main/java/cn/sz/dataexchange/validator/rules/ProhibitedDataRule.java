package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Rule 8a (Art. 67(3), 74): categories on the configured prohibited list, and content listed in
 * the important-data catalog, are refused.
 */
public final class ProhibitedDataRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.PROHIBITED_DATA;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        List<Finding> findings = new ArrayList<>();
        TreeSet<String> categories = new TreeSet<>();
        for (DataCategory c : ctx.manifest().personalDataCategories()) {
            if (ctx.config().prohibitedCategories().contains(c)) {
                categories.add(c.name());
            }
        }
        TreeSet<String> prohibited = new TreeSet<>();
        TreeSet<String> important = new TreeSet<>();
        for (String tag : ctx.manifest().contentTags()) {
            if (ctx.config().prohibitedTags().contains(tag)) {
                prohibited.add(tag);
            }
            if (ctx.config().importantDataCatalog().contains(tag)) {
                important.add(tag);
            }
        }
        if (!categories.isEmpty()) {
            findings.add(block("The product contains categories that may not be traded: " + categories + ".", categories));
        }
        if (!prohibited.isEmpty()) {
            findings.add(block("The product's content is prohibited from trading: " + prohibited + ".", prohibited));
        }
        if (!important.isEmpty()) {
            findings.add(block("The product contains data listed in the important-data catalog: " + important + ".", important));
        }
        return findings;
    }

    private Finding block(String message, TreeSet<String> what) {
        return Finding.of(id(), Severity.BLOCKING, message, Evidence.NONE.withColumns(List.copyOf(what)),
                "Remove these data from the product; they cannot be listed.");
    }
}
