package cn.sz.dataexchange.contracts;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.drafting.ContractDraftRequest;
import cn.sz.dataexchange.contracts.drafting.ContractDrafting;
import cn.sz.dataexchange.contracts.drafting.DraftResult;
import cn.sz.dataexchange.contracts.drafting.ExchangeRules;
import cn.sz.dataexchange.contracts.drafting.ListingVersionInput;
import cn.sz.dataexchange.contracts.drafting.OrderInput;
import cn.sz.dataexchange.contracts.drafting.OrganisationInput;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.CreditCode;
import cn.sz.dataexchange.contracts.model.TradeContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Shared test data: three organisations, a listing version, an order, a fixed clock. */
public final class Fixtures {

    public static final Instant CREATED_AT = Instant.parse("2026-11-23T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(CREATED_AT, ZoneOffset.UTC);
    public static final String ASSET_SHA256 = Sha256Digest.of("trade,amount\n1,100\n").hex();

    public static final OrganisationInput SELLER = new OrganisationInput("org-seller-1", "深圳市数源科技有限公司",
            creditCode("91440300MA5F00001"));
    public static final OrganisationInput BUYER = new OrganisationInput("org-buyer-7", "Pearl River Analytics Ltd.",
            creditCode("91440300MA5F00002"));
    public static final OrganisationInput EXCHANGE = new OrganisationInput("org-exchange", "深圳数据交易所有限公司",
            creditCode("91440300MA5G12345"));
    public static final OrganisationInput STRANGER = new OrganisationInput("org-stranger-3", "Somebody Else Ltd.",
            creditCode("91440300MA5F00003"));

    private Fixtures() {
    }

    /** A valid unified social credit code made from 17 characters of the code alphabet. */
    public static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static ListingVersionInput listing() {
        return new ListingVersionInput("lst-42", 3, "深圳市商圈客流统计（脱敏） Shenzhen footfall by district", ASSET_SHA256,
                List.of("market-research", "urban-planning"), "内部统计分析 internal statistical analysis", 365,
                List.of("CN"), false, true, List.of(), null);
    }

    public static ContractDraftRequest request() {
        return request(listing());
    }

    public static ContractDraftRequest request(ListingVersionInput listing) {
        return new ContractDraftRequest("ct-trade-9001", SELLER, BUYER, listing,
                new OrderInput("trade-9001", 1_250_000, "market-research"), ExchangeRules.standard(EXCHANGE));
    }

    public static TradeContract contract() {
        DraftResult result = new ContractDrafting(CLOCK).draft(request());
        return ((DraftResult.Drafted) result).contract();
    }

    public static CanonicalContract canonicalContract() {
        return CanonicalContract.of(contract());
    }
}
