package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.listings.application.ListedProducts.ProductVersion;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.application.TradeContracts.StoredContract;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.drafting.ContractDraftRequest;
import cn.sz.dataexchange.contracts.drafting.ContractDrafting;
import cn.sz.dataexchange.contracts.drafting.DraftResult;
import cn.sz.dataexchange.contracts.drafting.ExchangeRules;
import cn.sz.dataexchange.contracts.drafting.ListingVersionInput;
import cn.sz.dataexchange.contracts.drafting.OrderInput;
import cn.sz.dataexchange.contracts.drafting.OrganisationInput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Drafts a trade's contract with the contracts module from the listing version and the order
 * (Art. 59, 81, 82): parties with credit codes, the version and its asset hash, price, purpose,
 * licence, security and destruction duties, cross-border terms and dispute resolution.
 */
@Component
public class DraftingContract {

    private final ContractDrafting drafting;
    private final OrganisationInput exchange;

    public DraftingContract(Clock clock, TradingProperties properties) {
        this.drafting = new ContractDrafting(clock);
        TradingProperties.ExchangeParty party = properties.exchangeParty();
        this.exchange = new OrganisationInput(party.orgId(), party.name(), party.creditCode());
    }

    public Result<StoredContract> draft(TradeId trade, ProductVersion product, Organisation seller, Organisation buyer,
                                        String purpose, List<String> territory) {
        var crossBorder = product.crossBorder();
        boolean abroad = crossBorder != null && crossBorder.allowed();
        ListingVersionInput listing = new ListingVersionInput(product.listingId().toString(), product.version(),
                product.title(), product.assetSha256(), product.purposesOffered(), permittedUse(product),
                product.licence().durationDays(), territory, product.licence().resaleAllowed(),
                product.containsPersonalData(), abroad ? crossBorder.destinations() : List.of(),
                abroad ? crossBorder.securityAssessmentReference() : null);
        DraftResult result = drafting.draft(new ContractDraftRequest("ct-" + trade, party(seller), party(buyer), listing,
                new OrderInput(trade.toString(), product.priceFen(), purpose), ExchangeRules.standard(exchange)));
        if (result instanceof DraftResult.Refused refused) {
            return Result.refused(Refusal.of(Refusal.Reason.UNPROCESSABLE, "contract-not-drafted",
                            "Contract cannot be drafted", "The contract cannot be drafted from this listing and order: "
                                    + refused.refusals())
                    .with("errors", refused.refusals().stream().map(r -> Map.of("field", r.field(),
                            "message", r.reason() + ": " + r.detail())).toList()));
        }
        CanonicalContract contract = CanonicalContract.of(((DraftResult.Drafted) result).contract());
        return Result.accepted(new StoredContract(contract.contract().contractId().value(),
                new String(contract.bytes(), StandardCharsets.UTF_8), contract.digest().hex(),
                contract.contract().createdAt()));
    }

    private static OrganisationInput party(Organisation org) {
        return new OrganisationInput(org.id().toString(), org.name(), org.creditCode().value());
    }

    private static String permittedUse(ProductVersion product) {
        List<String> purposes = product.licence().permittedPurposes().isEmpty() ? product.purposesOffered()
                : product.licence().permittedPurposes();
        return "Processing for the declared purpose only, within the licensed purposes " + purposes
                + (product.licence().destroyOnExpiry() ? "; the data is destroyed when the licence ends" : "");
    }
}
