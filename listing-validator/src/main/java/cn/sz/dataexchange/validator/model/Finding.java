package cn.sz.dataexchange.validator.model;

import java.util.Objects;

/**
 * One finding of one rule.
 *
 * @param ruleId      the stable rule code, e.g. {@code LV-CONSENT-01}
 * @param article     the article(s) of the Regulations it enforces
 * @param severity    BLOCKING, WARNING or INFO
 * @param message     plain-language statement of what was found
 * @param evidence    counts, line numbers and masked values behind it
 * @param remediation what the seller can do about it
 */
public record Finding(String ruleId, String article, Severity severity, String message, Evidence evidence,
                      String remediation) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    public static Finding of(RuleId rule, Severity severity, String message, Evidence evidence, String remediation) {
        return new Finding(rule.code(), rule.article(), severity, message, evidence, remediation);
    }

    public boolean blocks() {
        return severity == Severity.BLOCKING;
    }
}
