package cn.sz.dataexchange.contracts.document;

import cn.sz.dataexchange.contracts.model.CrossBorderTerms;
import cn.sz.dataexchange.contracts.model.Party;
import cn.sz.dataexchange.contracts.model.SecurityObligation;
import cn.sz.dataexchange.contracts.model.TradeContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's JSON document, version {@value #SCHEMA_VERSION}: the exact value whose RFC 8785
 * canonical bytes the parties sign. Member names are part of the signed bytes: never rename one
 * without raising the schema version. Values are plain Java (maps, lists, strings, numbers, booleans,
 * and {@code null} for JSON null), so any JSON library can also write the map; only
 * {@link cn.sz.dataexchange.contracts.json.CanonicalJson} gives the signed bytes.
 */
public final class ContractDocument {

    public static final String TYPE = "cn-sz-dex:TradeContract";
    public static final int SCHEMA_VERSION = 1;
    public static final String RENDERING_TEMPLATE = "trade-contract-v1";
    public static final String REGULATION = "Regulations of Shenzhen Special Economic Zone on Data";
    public static final List<Integer> ARTICLES = List.of(59, 66, 75, 81, 82);

    private ContractDocument() {
    }

    public static Map<String, Object> toJson(TradeContract c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", TYPE);
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("renderingTemplate", RENDERING_TEMPLATE);
        doc.put("contractId", c.contractId().value());
        doc.put("tradeId", c.tradeId().value());
        doc.put("createdAt", c.createdAt().toString());
        doc.put("regulation", object("title", REGULATION, "articles", ARTICLES));
        doc.put("parties", object("seller", party(c.parties().seller()), "buyer", party(c.parties().buyer()),
                "exchange", party(c.parties().exchange())));
        doc.put("product", object("listingId", c.product().listingId().value(), "version", c.product().version(),
                "title", c.product().title(), "assetSha256", c.product().assetSha256().hex()));
        doc.put("price", object("amountFen", c.price().fen(), "currency", c.price().currency()));
        doc.put("usage", object("declaredPurpose", c.usage().declaredPurpose(),
                "permittedUse", c.usage().permittedUse(),
                "territory", c.usage().territory(),
                "licence", object("days", c.usage().licence().days(),
                        "validFrom", c.usage().licence().validFrom().toString(),
                        "validUntil", c.usage().licence().validUntil().toString()),
                "onwardSaleLicensed", c.usage().onwardSaleLicensed()));
        doc.put("security", object("obligations", c.security().obligations().stream().map(SecurityObligation::code).toList(),
                "destructionAtTermEnd", object("withinDays", c.security().destruction().withinDaysAfterTermEnd(),
                        "certificateRequired", c.security().destruction().certificateRequired())));
        doc.put("crossBorder", crossBorder(c.crossBorder()));
        doc.put("disputeResolution", object("negotiationDays", c.disputeResolution().negotiationDays(),
                "method", c.disputeResolution().method().code(),
                "forum", c.disputeResolution().forum(),
                "governingLaw", c.disputeResolution().governingLaw()));
        doc.put("odrlPolicy", OdrlPolicy.of(c));
        return doc;
    }

    private static Map<String, Object> party(Party p) {
        return object("orgId", p.orgId().value(), "name", p.name(), "creditCode", p.creditCode().value());
    }

    private static Map<String, Object> crossBorder(CrossBorderTerms terms) {
        return object("allowed", terms.allowed(), "destinations", terms.destinations(),
                "personalOrImportantData", terms.personalOrImportantData(),
                "securityAssessmentRequired", terms.assessmentRequired(),
                "securityAssessmentReference", terms.assessmentReference().orElse(null));
    }

    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
