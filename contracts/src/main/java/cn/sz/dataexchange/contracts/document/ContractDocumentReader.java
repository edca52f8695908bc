package cn.sz.dataexchange.contracts.document;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.ContractId;
import cn.sz.dataexchange.contracts.model.CreditCode;
import cn.sz.dataexchange.contracts.model.CrossBorderTerms;
import cn.sz.dataexchange.contracts.model.DestructionTerms;
import cn.sz.dataexchange.contracts.model.DisputeMethod;
import cn.sz.dataexchange.contracts.model.DisputeResolution;
import cn.sz.dataexchange.contracts.model.LicenceTerm;
import cn.sz.dataexchange.contracts.model.ListingId;
import cn.sz.dataexchange.contracts.model.Money;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.model.Parties;
import cn.sz.dataexchange.contracts.model.Party;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.model.Product;
import cn.sz.dataexchange.contracts.model.SecurityObligation;
import cn.sz.dataexchange.contracts.model.SecurityTerms;
import cn.sz.dataexchange.contracts.model.TradeContract;
import cn.sz.dataexchange.contracts.model.TradeId;
import cn.sz.dataexchange.contracts.model.UsageTerms;

/**
 * Reads a contract document back into the model. A document is accepted only if writing the model
 * again gives the same canonical bytes, so unknown members, a stale ODRL policy or an inconsistent
 * licence end are refused rather than silently dropped.
 */
public final class ContractDocumentReader {

    private ContractDocumentReader() {
    }

    public static ContractReading read(String json) {
        try {
            return read(JsonParser.parse(json));
        } catch (MalformedJsonException e) {
            return new ContractReading.Unreadable(e.getMessage());
        }
    }

    public static ContractReading read(Object json) {
        try {
            TradeContract contract = toModel(JsonFields.of(json, "contract"));
            CanonicalContract canonical = CanonicalContract.of(contract);
            if (!canonical.canonical().equals(CanonicalJson.of(json))) {
                return new ContractReading.Unreadable("the document holds members or values that schema version "
                        + ContractDocument.SCHEMA_VERSION + " does not produce (extra members, a stale odrlPolicy"
                        + " or an inconsistent derived value)");
            }
            return new ContractReading.Read(canonical);
        } catch (JsonFields.ShapeException | IllegalArgumentException | MalformedJsonException e) {
            return new ContractReading.Unreadable(e.getMessage());
        }
    }

    private static TradeContract toModel(JsonFields doc) {
        if (doc.integer("schemaVersion") != ContractDocument.SCHEMA_VERSION) {
            throw new JsonFields.ShapeException("unsupported schemaVersion " + doc.integer("schemaVersion"));
        }
        JsonFields parties = doc.object("parties");
        JsonFields product = doc.object("product");
        JsonFields price = doc.object("price");
        JsonFields usage = doc.object("usage");
        JsonFields licence = usage.object("licence");
        JsonFields security = doc.object("security");
        JsonFields destruction = security.object("destructionAtTermEnd");
        JsonFields crossBorder = doc.object("crossBorder");
        JsonFields dispute = doc.object("disputeResolution");
        return new TradeContract(new ContractId(doc.string("contractId")), new TradeId(doc.string("tradeId")),
                doc.instant("createdAt"),
                new Parties(party(parties, PartyRole.SELLER), party(parties, PartyRole.BUYER),
                        party(parties, PartyRole.EXCHANGE)),
                new Product(new ListingId(product.string("listingId")), (int) product.integer("version"),
                        product.string("title"), new Sha256Digest(product.string("assetSha256"))),
                new Money(price.integer("amountFen"), price.string("currency")),
                new UsageTerms(usage.string("declaredPurpose"), usage.string("permittedUse"),
                        usage.strings("territory"),
                        new LicenceTerm(licence.instant("validFrom"), (int) licence.integer("days")),
                        usage.bool("onwardSaleLicensed")),
                new SecurityTerms(security.strings("obligations").stream().map(ContractDocumentReader::obligation).toList(),
                        new DestructionTerms((int) destruction.integer("withinDays"), destruction.bool("certificateRequired"))),
                new CrossBorderTerms(crossBorder.bool("allowed"), crossBorder.strings("destinations"),
                        crossBorder.bool("personalOrImportantData"),
                        crossBorder.optionalString("securityAssessmentReference")),
                new DisputeResolution((int) dispute.integer("negotiationDays"), disputeMethod(dispute.string("method")),
                        dispute.string("forum"), dispute.string("governingLaw")));
    }

    private static Party party(JsonFields parties, PartyRole role) {
        JsonFields p = parties.object(role.code());
        return new Party(role, new OrgId(p.string("orgId")), p.string("name"), new CreditCode(p.string("creditCode")));
    }

    private static SecurityObligation obligation(String code) {
        return SecurityObligation.fromCode(code)
                .orElseThrow(() -> new JsonFields.ShapeException("unknown security obligation " + code));
    }

    private static DisputeMethod disputeMethod(String code) {
        return DisputeMethod.fromCode(code)
                .orElseThrow(() -> new JsonFields.ShapeException("unknown dispute resolution method " + code));
    }
}
