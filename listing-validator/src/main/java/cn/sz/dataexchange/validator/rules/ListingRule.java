package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;

import java.util.List;

/** One policy of the Regulations: judges the facts and answers with zero or more findings. */
public interface ListingRule {

    RuleId id();

    List<Finding> evaluate(ListingContext context);
}
