package cn.sz.dataexchange.contracts.drafting;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.ContractId;
import cn.sz.dataexchange.contracts.model.CreditCode;
import cn.sz.dataexchange.contracts.model.CrossBorderTerms;
import cn.sz.dataexchange.contracts.model.LicenceTerm;
import cn.sz.dataexchange.contracts.model.ListingId;
import cn.sz.dataexchange.contracts.model.Money;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.model.Parties;
import cn.sz.dataexchange.contracts.model.Party;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.model.Product;
import cn.sz.dataexchange.contracts.model.SecurityTerms;
import cn.sz.dataexchange.contracts.model.TradeContract;
import cn.sz.dataexchange.contracts.model.TradeId;
import cn.sz.dataexchange.contracts.model.UsageTerms;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Drafts the contract of a trade from the listing version and the order. The creation time comes
 * from the injected clock, to the second; the licence term starts then.
 */
public final class ContractDrafting {

    private final Clock clock;

    public ContractDrafting(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DraftResult draft(ContractDraftRequest request) {
        List<DraftRefusal> refusals = DraftRules.check(request);
        if (!refusals.isEmpty()) {
            return new DraftResult.Refused(refusals);
        }
        return new DraftResult.Drafted(assemble(request, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    private static TradeContract assemble(ContractDraftRequest r, Instant now) {
        ListingVersionInput listing = r.listing();
        Parties parties = new Parties(party(PartyRole.SELLER, r.seller()), party(PartyRole.BUYER, r.buyer()),
                party(PartyRole.EXCHANGE, r.rules().exchange()));
        Product product = new Product(new ListingId(listing.listingId()), listing.versionNumber(), listing.title().strip(),
                Sha256Digest.ofHex(listing.assetSha256Hex()));
        UsageTerms usage = new UsageTerms(r.order().declaredPurpose().strip(), listing.permittedUse().strip(),
                listing.territory().stream().distinct().toList(), new LicenceTerm(now, listing.licenceDays()),
                listing.onwardSaleLicensed());
        boolean crossBorderAllowed = !listing.crossBorderDestinations().isEmpty();
        CrossBorderTerms crossBorder = new CrossBorderTerms(crossBorderAllowed,
                listing.crossBorderDestinations().stream().distinct().toList(), listing.personalOrImportantData(),
                crossBorderAllowed ? listing.securityAssessmentReference() : null);
        return new TradeContract(new ContractId(r.contractId()), new TradeId(r.order().tradeId()), now, parties, product,
                Money.ofFen(r.order().priceFen()), usage,
                new SecurityTerms(r.rules().obligations(), r.rules().destruction()), crossBorder,
                r.rules().disputeResolution());
    }

    private static Party party(PartyRole role, OrganisationInput org) {
        return new Party(role, new OrgId(org.orgId()), org.legalName().strip(), new CreditCode(org.creditCode()));
    }
}
