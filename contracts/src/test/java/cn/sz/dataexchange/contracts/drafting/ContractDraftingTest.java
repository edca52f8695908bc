package cn.sz.dataexchange.contracts.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.Fixtures;
import cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.model.TradeContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDraftingTest {

    private final ContractDrafting drafting = new ContractDrafting(Fixtures.CLOCK);

    @Test
    void drafts_a_contract_from_the_listing_version_and_the_order() {
        TradeContract contract = Fixtures.contract();

        assertThat(contract.contractId().value()).isEqualTo("ct-trade-9001");
        assertThat(contract.tradeId().value()).isEqualTo("trade-9001");
        assertThat(contract.createdAt()).isEqualTo(Fixtures.CREATED_AT);
        assertThat(contract.party(PartyRole.SELLER).creditCode().value()).isEqualTo(Fixtures.SELLER.creditCode());
        assertThat(contract.party(PartyRole.EXCHANGE).orgId().value()).isEqualTo("org-exchange");
        assertThat(contract.product().version()).isEqualTo(3);
        assertThat(contract.product().assetSha256().hex()).isEqualTo(Fixtures.ASSET_SHA256);
        assertThat(contract.price().fen()).isEqualTo(1_250_000);
        assertThat(contract.usage().declaredPurpose()).isEqualTo("market-research");
        assertThat(contract.usage().licence().validUntil()).isEqualTo(Instant.parse("2027-11-23T02:00:00Z"));
        assertThat(contract.usage().onwardSaleLicensed()).isFalse();
        assertThat(contract.security().destruction().withinDaysAfterTermEnd()).isEqualTo(30);
        assertThat(contract.crossBorder().allowed()).isFalse();
    }

    @Test
    void refuses_a_purpose_the_listing_does_not_offer() {
        var request = Fixtures.request();
        var order = new OrderInput("trade-9001", 100, "credit-scoring");
        var result = drafting.draft(new ContractDraftRequest(request.contractId(), request.seller(), request.buyer(),
                request.listing(), order, request.rules()));

        assertThat(reasons(result)).containsExactly(Reason.PURPOSE_NOT_OFFERED);
    }

    @Test
    void refuses_personal_data_leaving_the_mainland_without_a_security_assessment() {
        var listing = withCrossBorder(List.of("CN", "HK"), List.of("HK"), true, null);

        assertThat(reasons(drafting.draft(Fixtures.request(listing)))).containsExactly(Reason.CROSS_BORDER_ASSESSMENT_MISSING);
    }

    @Test
    void allows_cross_border_provision_with_the_assessment_reference() {
        var listing = withCrossBorder(List.of("CN", "HK"), List.of("HK"), true, "CAC-SA-2026-0815");
        var contract = ((DraftResult.Drafted) drafting.draft(Fixtures.request(listing))).contract();

        assertThat(contract.crossBorder().allowed()).isTrue();
        assertThat(contract.crossBorder().assessmentRequired()).isTrue();
        assertThat(contract.crossBorder().assessmentReference()).contains("CAC-SA-2026-0815");
    }

    @Test
    void refuses_a_territory_abroad_that_is_not_an_allowed_destination() {
        var listing = withCrossBorder(List.of("CN", "SG"), List.of(), false, null);

        assertThat(reasons(drafting.draft(Fixtures.request(listing)))).containsExactly(Reason.TERRITORY_OUTSIDE_CROSS_BORDER_TERMS);
    }

    @Test
    void refuses_an_invalid_credit_code_and_a_seller_buying_its_own_listing_at_once() {
        var request = Fixtures.request();
        var buyer = new OrganisationInput(Fixtures.SELLER.orgId(), "Same Org", "91440300MA5F000010");
        var result = drafting.draft(new ContractDraftRequest(request.contractId(), request.seller(), buyer,
                request.listing(), request.order(), request.rules()));

        assertThat(reasons(result)).containsExactlyInAnyOrder(Reason.INVALID_CREDIT_CODE, Reason.SELLER_IS_BUYER);
    }

    @Test
    void refuses_missing_parts_without_throwing() {
        var result = drafting.draft(new ContractDraftRequest("ct-1", null, Fixtures.BUYER, null, null, null));

        assertThat(result).isInstanceOf(DraftResult.Refused.class);
        assertThat(reasons(result)).containsOnly(Reason.MISSING_OR_MALFORMED);
    }

    @Test
    void refuses_a_negative_price_and_a_licence_of_no_days() {
        var request = Fixtures.request();
        var l = request.listing();
        var listing = new ListingVersionInput(l.listingId(), l.versionNumber(), l.title(), l.assetSha256Hex(),
                l.offeredPurposes(), l.permittedUse(), 0, l.territory(), false, true, List.of(), null);
        var result = drafting.draft(new ContractDraftRequest(request.contractId(), request.seller(), request.buyer(),
                listing, new OrderInput("trade-9001", -1, "market-research"), request.rules()));

        assertThat(reasons(result)).containsExactlyInAnyOrder(Reason.PRICE_OUT_OF_RANGE, Reason.LICENCE_TOO_SHORT);
    }

    static ListingVersionInput withCrossBorder(List<String> territory, List<String> destinations, boolean personal,
                                               String assessment) {
        var l = Fixtures.listing();
        return new ListingVersionInput(l.listingId(), l.versionNumber(), l.title(), l.assetSha256Hex(),
                l.offeredPurposes(), l.permittedUse(), l.licenceDays(), territory, false, personal, destinations, assessment);
    }

    private static List<Reason> reasons(DraftResult result) {
        return result instanceof DraftResult.Refused refused
                ? refused.refusals().stream().map(DraftRefusal::reason).toList() : List.of();
    }
}
