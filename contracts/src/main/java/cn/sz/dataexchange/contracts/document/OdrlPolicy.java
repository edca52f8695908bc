package cn.sz.dataexchange.contracts.document;

import cn.sz.dataexchange.contracts.model.LicenceTerm;
import cn.sz.dataexchange.contracts.model.TradeContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's usage terms as an ODRL 2.2 Agreement in JSON-LD, so data-space tools can read them:
 * use permitted for the declared purpose, within the territory and the licence term; a duty to delete
 * the data when the term ends (Art. 81); selling and distributing prohibited unless licensed.
 * Derived from the contract alone, so the same contract always yields the same policy.
 */
public final class OdrlPolicy {

    public static final String CONTEXT = "http://www.w3.org/ns/odrl.jsonld";
    public static final String PROFILE = "urn:cn-sz-dex:odrl:trade-contract:v1";

    private OdrlPolicy() {
    }

    public static Map<String, Object> of(TradeContract c) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("@context", CONTEXT);
        policy.put("@type", "Agreement");
        policy.put("uid", "urn:cn-sz-dex:contract:" + c.contractId().value());
        policy.put("profile", PROFILE);
        policy.put("assigner", orgIri(c.parties().seller().orgId().value()));
        policy.put("assignee", orgIri(c.parties().buyer().orgId().value()));
        policy.put("target", "urn:cn-sz-dex:listing:" + c.product().listingId().value()
                + ":version:" + c.product().version());
        policy.put("permission", permissions(c));
        policy.put("prohibition", prohibitions(c));
        return policy;
    }

    public static String orgIri(String orgId) {
        return "urn:cn-sz-dex:org:" + orgId;
    }

    private static List<Object> permissions(TradeContract c) {
        List<Object> permissions = new ArrayList<>();
        permissions.add(rule("use", withinTerms(c), List.of(deleteAtTermEnd(c))));
        if (c.usage().onwardSaleLicensed()) {
            permissions.add(rule("sell", withinTerms(c), List.of()));
        }
        return permissions;
    }

    private static List<Object> prohibitions(TradeContract c) {
        if (c.usage().onwardSaleLicensed()) {
            return List.of();
        }
        return List.of(rule("sell", List.of(), List.of()), rule("distribute", List.of(), List.of()));
    }

    private static List<Object> withinTerms(TradeContract c) {
        LicenceTerm licence = c.usage().licence();
        return List.of(constraint("purpose", "eq", c.usage().declaredPurpose()),
                constraint("spatial", "isAnyOf", c.usage().territory()),
                constraint("dateTime", "gteq", dateTime(licence.validFrom())),
                constraint("dateTime", "lt", dateTime(licence.validUntil())));
    }

    private static Map<String, Object> deleteAtTermEnd(TradeContract c) {
        Instant deadline = c.usage().licence().validUntil()
                .plus(Duration.ofDays(c.security().destruction().withinDaysAfterTermEnd()));
        Map<String, Object> duty = new LinkedHashMap<>();
        duty.put("action", "delete");
        duty.put("constraint", List.of(constraint("dateTime", "lteq", dateTime(deadline))));
        return duty;
    }

    private static Map<String, Object> rule(String action, List<Object> constraints, List<Object> duties) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("action", action);
        if (!constraints.isEmpty()) {
            rule.put("constraint", constraints);
        }
        if (!duties.isEmpty()) {
            rule.put("duty", duties);
        }
        return rule;
    }

    private static Map<String, Object> constraint(String leftOperand, String operator, Object rightOperand) {
        Map<String, Object> constraint = new LinkedHashMap<>();
        constraint.put("leftOperand", leftOperand);
        constraint.put("operator", operator);
        constraint.put("rightOperand", rightOperand);
        return constraint;
    }

    private static Map<String, Object> dateTime(Instant instant) {
        Map<String, Object> literal = new LinkedHashMap<>();
        literal.put("@value", instant.toString());
        literal.put("@type", "xsd:dateTime");
        return literal;
    }
}
