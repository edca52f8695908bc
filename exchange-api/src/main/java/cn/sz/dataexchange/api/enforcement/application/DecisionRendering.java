package cn.sz.dataexchange.api.enforcement.application;

import java.util.List;
import java.util.Map;

/**
 * The decision document rendered for people, in Chinese or English (Markdown), from the signed JSON:
 * the facts, the articles quoted, the illegal income with every ledger line, the statutory range,
 * the readings of the law applied, the fine and every step of the computation. The articles are
 * quoted in the English translation the project works from; the Chinese rendering says so.
 */
public final class DecisionRendering {

    public enum Language { ZH, EN }

    private DecisionRendering() {
    }

    public static String render(Map<String, Object> doc, String digestHex, String kid, Language language) {
        boolean zh = language == Language.ZH;
        StringBuilder out = new StringBuilder();
        Map<?, ?> facts = (Map<?, ?>) doc.get("facts");
        Map<?, ?> income = (Map<?, ?>) doc.get("illegalIncome");
        Map<?, ?> assessment = (Map<?, ?>) doc.get("assessment");
        Map<?, ?> decision = (Map<?, ?>) doc.get("decision");
        out.append(zh ? "# 行政处罚决定（交易所签署的记录）\n\n" : "# Administrative penalty decision (record signed by the exchange)\n\n");
        out.append(zh ? "- 案件编号：" : "- Case: ").append(doc.get("caseId")).append('\n');
        out.append(zh ? "- 当事人（组织）：" : "- Respondent (organisation): ").append(doc.get("respondent")).append('\n');
        out.append(zh ? "- 决定机关：" : "- Decided by: ").append(doc.get("decidedBy")).append('\n');
        out.append(zh ? "- 决定时间：" : "- Decided at: ").append(doc.get("decidedAt")).append('\n');
        out.append(zh ? "- 文件 SHA-256：" : "- Document SHA-256: ").append(digestHex).append('\n');
        out.append(zh ? "- 交易所签名密钥：" : "- Exchange signing key: ").append(kid).append("\n\n");
        out.append(zh ? "## 事实\n\n" : "## Facts\n\n");
        out.append(zh ? "- 违反条款：第" : "- Article violated: Art. ").append(facts.get("violatedArticle"))
                .append(zh ? "条；处罚依据：第" : "; penalised under Art. ").append(facts.get("penaltyArticle"))
                .append(zh ? "条\n" : "\n");
        out.append(zh ? "- 案件来源：" : "- Source: ").append(facts.get("source")).append('\n');
        out.append(zh ? "- 摘要：" : "- Summary: ").append(facts.get("summary")).append('\n');
        out.append(zh ? "- 涉及挂牌版本：" : "- Listing versions: ").append(facts.get("listingVersions")).append('\n');
        out.append(zh ? "- 涉及交易：" : "- Trades: ").append(facts.get("trades")).append('\n');
        out.append(zh ? "- 拒不改正：" : "- Refused correction: ").append(yesNo(facts.get("refusedCorrection"), zh)).append('\n');
        out.append(zh ? "- 情节严重：" : "- Serious circumstances: ").append(yesNo(facts.get("seriousCircumstances"), zh))
                .append('\n');
        if (facts.get("previousYearTurnover") instanceof Map<?, ?> turnover) {
            out.append(zh ? "- 上一年度营业额：" : "- Previous year's turnover: ").append(yuan(turnover.get("amountFen")))
                    .append(zh ? "（来源：" : " (source: ").append(turnover.get("source")).append(zh ? "）\n" : ")\n");
        }
        if (facts.get("salesOnThisExchange") instanceof Map<?, ?> sales) {
            out.append(zh ? "- 当事人在本交易所的销售额（" : "- Respondent's sales through this exchange (")
                    .append(sales.get("year")).append(zh ? "年，仅为营业额的下限，并非营业额）：" : "; a lower bound only, not the turnover): ")
                    .append(yuan(sales.get("amountFen"))).append('\n');
        }
        out.append(zh ? "\n## 法律条文（项目所依据的英文译本）\n\n" : "\n## Articles\n\n");
        for (Object article : (List<?>) doc.get("articles")) {
            out.append("> ").append(((Map<?, ?>) article).get("text")).append("\n\n");
        }
        out.append(zh ? "## 违法所得\n\n" : "## Illegal income\n\n");
        out.append(income.get("basis")).append("\n\n");
        out.append(zh ? "| 交易 | 分录 | 类型 | 账户 | 方向 | 金额 | 计入 |\n" : "| trade | entry | type | account | side | amount | counts |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Object line : (List<?>) income.get("lines")) {
            Map<?, ?> l = (Map<?, ?>) line;
            out.append("| ").append(l.get("tradeId")).append(" | ").append(l.get("entryId")).append(" | ")
                    .append(l.get("entryType")).append(" | ").append(l.get("account")).append(" | ").append(l.get("side"))
                    .append(" | ").append(yuan(l.get("amountFen"))).append(" | ").append(l.get("counts")).append(" |\n");
        }
        out.append('\n').append(zh ? "- 毛额：" : "- Gross: ").append(yuan(income.get("grossFen"))).append('\n');
        out.append(zh ? "- 已退还受害人：" : "- Refunded to the victims: ").append(yuan(income.get("refundedFen"))).append('\n');
        out.append(zh ? "- 计算所得净额：" : "- Computed net: ").append(yuan(income.get("computedNetFen"))).append('\n');
        if (income.get("override") instanceof Map<?, ?> override) {
            out.append(zh ? "- 决定机关认定的净额：" : "- Net figure set by the authority: ").append(yuan(override.get("netFen")))
                    .append(zh ? "（理由：" : " (reason: ").append(override.get("reason")).append(zh ? "）\n" : ")\n");
        }
        out.append(zh ? "- 没收违法所得：" : "- Confiscated: ").append(yuan(income.get("netFen"))).append("\n\n");
        out.append(zh ? "## 法定罚款幅度与裁量\n\n" : "## Statutory range and discretion\n\n");
        if (assessment.get("statutoryFineRange") instanceof Map<?, ?> range) {
            out.append(zh ? "- 法定幅度：" : "- Statutory range: ").append(yuan(range.get("minimumFen")))
                    .append(zh ? " 至 " : " to ").append(yuan(range.get("maximumFen"))).append('\n');
        } else {
            out.append(zh ? "- 本案事实不适用罚款\n" : "- No fine applies on these facts\n");
        }
        out.append(zh ? "- 裁量基准建议罚款：" : "- Fine proposed by the discretion policy: ")
                .append(yuan(assessment.get("proposedFineFen"))).append('\n');
        out.append(zh ? "\n适用的法律解读：\n\n" : "\nReadings of the law applied:\n\n");
        for (Object reading : (List<?>) assessment.get("readings")) {
            Map<?, ?> r = (Map<?, ?>) reading;
            out.append("- `").append(r.get("code")).append("`: ").append(r.get("text")).append('\n');
        }
        out.append(zh ? "\n## 决定\n\n" : "\n## Decision\n\n");
        out.append(zh ? "- 责令改正\n" : "- Correction ordered\n");
        out.append(zh ? "- 没收违法所得：" : "- Illegal income confiscated: ").append(yuan(decision.get("confiscationFen"))).append('\n');
        out.append(zh ? "- 罚款：" : "- Fine: ").append(yuan(decision.get("fineFen"))).append('\n');
        out.append(zh ? "- 合计：" : "- Total: ").append(yuan(decision.get("totalFen"))).append('\n');
        out.append(zh ? "- 理由：" : "- Reasons: ").append(decision.get("reasons")).append("\n\n");
        out.append(zh ? "## 计算步骤及法律依据\n\n" : "## Steps of the computation and their legal basis\n\n");
        for (Object step : (List<?>) doc.get("steps")) {
            Map<?, ?> s = (Map<?, ?>) step;
            out.append(s.get("step")).append(". ").append(s.get("what")).append(zh ? "（依据：" : " (basis: ")
                    .append(s.get("legalBasis")).append(zh ? "）\n" : ")\n");
        }
        return out.toString();
    }

    private static String yesNo(Object value, boolean zh) {
        boolean yes = Boolean.TRUE.equals(value);
        return zh ? (yes ? "是" : "否") : (yes ? "yes" : "no");
    }

    private static String yuan(Object fen) {
        long amount = ((Number) fen).longValue();
        return cn.sz.dataexchange.settlement.money.Money.ofFen(amount).toDisplayString();
    }
}
