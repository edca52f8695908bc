package cn.sz.dataexchange.contracts.rendering;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.document.ContractDocument;
import cn.sz.dataexchange.contracts.model.Party;
import cn.sz.dataexchange.contracts.model.TradeContract;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a contract for people, in Chinese or English, from the template its document names. The
 * text shows the digest of the canonical bytes and is a pure function of the contract, so
 * {@link RenderingCheck} can tell whether a rendering belongs to a contract.
 */
public final class ContractRendering {

    private static final Map<Language, Template> TEMPLATES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            TEMPLATES.put(language, Template.load(ContractDocument.RENDERING_TEMPLATE + "." + language.tag() + ".md"));
        }
    }

    private ContractRendering() {
    }

    public static String render(CanonicalContract canonical, Language language) {
        TradeContract c = canonical.contract();
        Vocabulary words = Vocabulary.of(language);
        Map<String, String> v = new HashMap<>();
        v.put("contractId", c.contractId().value());
        v.put("tradeId", c.tradeId().value());
        v.put("createdAt", c.createdAt().toString());
        v.put("digestHex", canonical.digest().hex());
        v.put("digestBase64Url", canonical.digest().base64Url());
        party(v, "seller", c.parties().seller());
        party(v, "buyer", c.parties().buyer());
        party(v, "exchange", c.parties().exchange());
        v.put("productTitle", c.product().title());
        v.put("listingId", c.product().listingId().value());
        v.put("productVersion", Integer.toString(c.product().version()));
        v.put("assetSha256", c.product().assetSha256().hex());
        v.put("priceYuan", c.price().yuanText());
        v.put("priceFen", Long.toString(c.price().fen()));
        v.put("declaredPurpose", c.usage().declaredPurpose());
        v.put("permittedUse", c.usage().permittedUse());
        v.put("territory", words.territory(c.usage().territory()));
        v.put("licenceDays", Integer.toString(c.usage().licence().days()));
        v.put("validFrom", c.usage().licence().validFrom().toString());
        v.put("validUntil", c.usage().licence().validUntil().toString());
        v.put("onwardSale", words.onwardSale(c.usage().onwardSaleLicensed()));
        v.put("obligations", words.obligations(c.security().obligations()));
        v.put("destructionDays", Integer.toString(c.security().destruction().withinDaysAfterTermEnd()));
        v.put("destructionCertificate", words.destructionCertificate(c.security().destruction().certificateRequired()));
        v.put("crossBorder", words.crossBorder(c.crossBorder()));
        v.put("negotiationDays", Integer.toString(c.disputeResolution().negotiationDays()));
        v.put("disputeMethod", words.disputeMethod(c.disputeResolution().method()));
        v.put("disputeForum", c.disputeResolution().forum());
        v.put("governingLaw", c.disputeResolution().governingLaw());
        return TEMPLATES.get(language).fill(v);
    }

    private static void party(Map<String, String> v, String prefix, Party party) {
        v.put(prefix + "Name", party.name());
        v.put(prefix + "CreditCode", party.creditCode().value());
        v.put(prefix + "OrgId", party.orgId().value());
    }
}
