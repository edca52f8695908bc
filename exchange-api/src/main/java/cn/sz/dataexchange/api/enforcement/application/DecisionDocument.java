package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.enforcement.model.IllegalIncome;
import cn.sz.dataexchange.api.enforcement.model.IncomeLine;
import cn.sz.dataexchange.api.enforcement.model.ListingVersionRef;
import cn.sz.dataexchange.settlement.penalty.PenaltyAssessment;
import cn.sz.dataexchange.settlement.penalty.StatutoryReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision as a JSON value (signed in its RFC 8785 canonical form): the case's facts, the
 * articles quoted, the illegal income with every ledger line, the statutory assessment with the
 * readings of the law it applied, the fine decided with reasons, and every step of the computation
 * with its legal basis. Amounts are integers in fen.
 */
public final class DecisionDocument {

    public static final String KIND = "enforcement-decision";

    private DecisionDocument() {
    }

    /** The facts the authority entered with the decision. */
    public record Entered(long fineFen, String reasons, boolean seriousCircumstances, boolean refusedCorrection,
                          Optional<Deciding.Turnover> turnover, List<Deciding.ReadingOverride> readingOverrides,
                          LedgerLines.SalesOnExchange salesOnExchange) {
    }

    public static Map<String, Object> of(EnforcementCase c, IllegalIncome income, PenaltyAssessment assessment,
                                         Entered entered, String decidedBy, Instant decidedAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", KIND);
        doc.put("formatVersion", 1);
        doc.put("caseId", c.id().toString());
        doc.put("respondent", c.respondent().toString());
        doc.put("decidedBy", decidedBy);
        doc.put("decidedAt", decidedAt.toString());
        doc.put("facts", facts(c, entered));
        doc.put("articles", List.of(
                Map.of("article", c.facts().article().number(), "text", c.facts().article().text()),
                Map.of("article", assessment.basis().code(), "text", assessment.legalBasisText())));
        doc.put("illegalIncome", income(income));
        Map<String, Object> assessed = assessment(assessment);
        assessed.put("readingsSetAside", entered.readingOverrides().stream().map(o -> Map.<String, Object>of("code",
                o.code(), "text", StatutoryReading.ofCode(o.code()).text(), "reason", o.reason())).toList());
        doc.put("assessment", assessed);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("correctionOrdered", assessment.correctionOrdered());
        decision.put("confiscationFen", income.netFen());
        decision.put("fineFen", entered.fineFen());
        decision.put("totalFen", Math.addExact(income.netFen(), entered.fineFen()));
        decision.put("reasons", entered.reasons());
        doc.put("decision", decision);
        doc.put("steps", steps(c, income, assessment, entered));
        return doc;
    }

    private static Map<String, Object> facts(EnforcementCase c, Entered entered) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("violatedArticle", c.facts().article().number());
        facts.put("penaltyArticle", c.facts().article().penalty().code());
        facts.put("source", c.source().name());
        facts.put("summary", c.summary());
        facts.put("openedAt", c.openedAt().toString());
        facts.put("listingVersions", c.facts().listings().stream()
                .map(l -> Map.of("listingId", l.listingId().toString(), "version", l.version())).toList());
        facts.put("trades", c.facts().trades().stream().map(Object::toString).toList());
        facts.put("refusedCorrection", entered.refusedCorrection());
        facts.put("seriousCircumstances", entered.seriousCircumstances());
        entered.turnover().ifPresent(t -> facts.put("previousYearTurnover",
                Map.of("amountFen", t.amountFen(), "source", t.source())));
        facts.put("salesOnThisExchange", Map.of("year", entered.salesOnExchange().year(),
                "amountFen", entered.salesOnExchange().amountFen(), "label", LedgerLines.SalesOnExchange.LABEL));
        return facts;
    }

    private static Map<String, Object> income(IllegalIncome income) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("basis", IllegalIncome.BASIS);
        m.put("grossFen", income.grossFen());
        m.put("refundedFen", income.refundedFen());
        m.put("computedNetFen", income.computedNetFen());
        income.override().ifPresent(o -> m.put("override", Map.of("netFen", o.netFen(), "reason", o.reason())));
        m.put("netFen", income.netFen());
        m.put("lines", income.lines().stream().map(DecisionDocument::line).toList());
        return m;
    }

    private static Map<String, Object> line(IncomeLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tradeId", l.tradeId().toString());
        m.put("entryId", l.entryId().toString());
        m.put("entryType", l.entryType());
        m.put("account", l.account());
        m.put("side", l.side());
        m.put("amountFen", l.amountFen());
        m.put("recordedAt", l.recordedAt().toString());
        m.put("counts", l.effect().name());
        return m;
    }

    private static Map<String, Object> assessment(PenaltyAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("basis", "Art. " + a.basis().code());
        a.statutoryFineRange().ifPresent(r -> m.put("statutoryFineRange",
                Map.of("minimumFen", r.minimum().fen(), "maximumFen", r.maximum().fen())));
        m.put("proposedFineFen", a.proposedFine().fen());
        m.put("reasoning", a.reasoning());
        m.put("reviewNotes", a.reviewNotes());
        m.put("readings", readings(a.readings()));
        return m;
    }

    static List<Map<String, Object>> readings(List<StatutoryReading> readings) {
        return readings.stream().map(r -> Map.<String, Object>of("code", r.code(), "text", r.text())).toList();
    }

    private static List<Map<String, Object>> steps(EnforcementCase c, IllegalIncome income, PenaltyAssessment a,
                                                   Entered entered) {
        List<Map<String, Object>> steps = new ArrayList<>();
        String penalty = "Art. " + a.basis().code();
        step(steps, "the respondent traded in violation of Art. " + c.facts().article().number() + " through the"
                + " trades and listing versions named: " + c.facts().trades().size() + " trade(s), "
                + c.facts().listings().stream().map(ListingVersionRef::toString).toList(),
                "Art. " + c.facts().article().number());
        step(steps, "gross: the buyers' payments for the trades concerned = " + income.grossFen() + " fen",
                "Administrative Penalty Law 2021 Art. 28 (money obtained by the illegal act)");
        step(steps, "refunded to the buyers = " + income.refundedFen() + " fen; computed net illegal income = "
                + income.computedNetFen() + " fen", "Administrative Penalty Law 2021 Art. 28 (refunds deducted)");
        income.override().ifPresent(o -> step(steps, "the authority replaced the computed net figure by "
                + o.netFen() + " fen: " + o.reason(), "Administrative Penalty Law 2021 Art. 28"));
        step(steps, "illegal income of " + income.netFen() + " fen confiscated; correction ordered", penalty);
        for (String line : a.reasoning()) {
            step(steps, line, penalty);
        }
        for (StatutoryReading r : a.readings()) {
            step(steps, "reading applied: " + r.code() + ": " + r.text(), "ADR 0043");
        }
        for (Deciding.ReadingOverride o : entered.readingOverrides()) {
            step(steps, "reading set aside by the authority: " + o.code() + ": " + o.reason(), "ADR 0043");
        }
        step(steps, "the authority fixed the fine at " + entered.fineFen() + " fen"
                + a.statutoryFineRange().map(r -> " within the statutory range " + r.minimum().fen() + " to "
                        + r.maximum().fen() + " fen").orElse(" (no fine on these facts)") + ": " + entered.reasons(),
                penalty);
        return steps;
    }

    private static void step(List<Map<String, Object>> steps, String what, String basis) {
        steps.add(Map.of("step", steps.size() + 1, "what", what, "legalBasis", basis));
    }
}
