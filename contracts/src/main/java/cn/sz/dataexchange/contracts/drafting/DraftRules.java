package cn.sz.dataexchange.contracts.drafting;

import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.CROSS_BORDER_ASSESSMENT_MISSING;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.INVALID_CREDIT_CODE;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.LICENCE_TOO_SHORT;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.MISSING_OR_MALFORMED;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.PRICE_OUT_OF_RANGE;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.PURPOSE_NOT_OFFERED;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.SELLER_IS_BUYER;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.TERRITORY_MISSING;
import static cn.sz.dataexchange.contracts.drafting.DraftRefusal.Reason.TERRITORY_OUTSIDE_CROSS_BORDER_TERMS;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.ContractId;
import cn.sz.dataexchange.contracts.model.CreditCode;
import cn.sz.dataexchange.contracts.model.ListingId;
import cn.sz.dataexchange.contracts.model.Money;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.model.TradeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rules a draft request must pass, each a small function from the request to its refusals. */
final class DraftRules {

    static final int MAX_LICENCE_DAYS = 36_500;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private DraftRules() {
    }

    static List<Function<ContractDraftRequest, List<DraftRefusal>>> all() {
        return List.of(DraftRules::identifiersAreWellFormed,
                DraftRules::creditCodesAreValid, DraftRules::sellerIsNotBuyer, DraftRules::purposeIsOffered,
                DraftRules::priceIsInRange, DraftRules::licenceLastsAtLeastADay, DraftRules::territoryIsNamed,
                DraftRules::foreignTerritoryIsCoveredByCrossBorderTerms, DraftRules::crossBorderHasItsAssessment);
    }

    static List<DraftRefusal> check(ContractDraftRequest request) {
        List<DraftRefusal> missing = everyPartIsPresent(request);
        if (!missing.isEmpty()) {
            return missing;
        }
        return all().stream().flatMap(rule -> rule.apply(request).stream()).toList();
    }

    private static List<DraftRefusal> everyPartIsPresent(ContractDraftRequest r) {
        List<DraftRefusal> out = new ArrayList<>();
        if (r == null) {
            return List.of(new DraftRefusal(MISSING_OR_MALFORMED, "request", "no request"));
        }
        requirePresent(out, "seller", r.seller());
        requirePresent(out, "buyer", r.buyer());
        requirePresent(out, "listing", r.listing());
        requirePresent(out, "order", r.order());
        requirePresent(out, "rules", r.rules());
        if (r.rules() != null) {
            requirePresent(out, "rules.exchange", r.rules().exchange());
            requirePresent(out, "rules.destruction", r.rules().destruction());
            requirePresent(out, "rules.disputeResolution", r.rules().disputeResolution());
        }
        return out;
    }

    private static List<DraftRefusal> identifiersAreWellFormed(ContractDraftRequest r) {
        List<DraftRefusal> out = new ArrayList<>();
        wellFormed(out, "contractId", ContractId.isValid(r.contractId()));
        wellFormed(out, "order.tradeId", TradeId.isValid(r.order().tradeId()));
        wellFormed(out, "listing.listingId", ListingId.isValid(r.listing().listingId()));
        wellFormed(out, "listing.versionNumber", r.listing().versionNumber() >= 1);
        wellFormed(out, "listing.title", notBlank(r.listing().title()));
        wellFormed(out, "listing.assetSha256Hex", Sha256Digest.isHex(r.listing().assetSha256Hex()));
        wellFormed(out, "listing.permittedUse", notBlank(r.listing().permittedUse()));
        wellFormed(out, "order.declaredPurpose", notBlank(r.order().declaredPurpose()));
        organisations(r).forEach(named -> {
            wellFormed(out, named.field() + ".orgId", OrgId.isValid(named.org().orgId()));
            wellFormed(out, named.field() + ".legalName", notBlank(named.org().legalName()));
        });
        return out;
    }

    private static List<DraftRefusal> creditCodesAreValid(ContractDraftRequest r) {
        return organisations(r).filter(named -> !CreditCode.isValid(named.org().creditCode()))
                .map(named -> new DraftRefusal(INVALID_CREDIT_CODE, named.field() + ".creditCode",
                        "not a valid unified social credit code (GB 32100-2015)"))
                .toList();
    }

    private static List<DraftRefusal> sellerIsNotBuyer(ContractDraftRequest r) {
        return Objects.equals(r.seller().orgId(), r.buyer().orgId())
                ? List.of(new DraftRefusal(SELLER_IS_BUYER, "buyer.orgId", "an organisation cannot buy its own listing"))
                : List.of();
    }

    private static List<DraftRefusal> purposeIsOffered(ContractDraftRequest r) {
        List<String> offered = r.listing().offeredPurposes();
        return offered.isEmpty() || offered.contains(r.order().declaredPurpose()) ? List.of()
                : List.of(new DraftRefusal(PURPOSE_NOT_OFFERED, "order.declaredPurpose",
                        "the listing offers " + offered));
    }

    private static List<DraftRefusal> priceIsInRange(ContractDraftRequest r) {
        long fen = r.order().priceFen();
        return fen >= 0 && fen <= Money.MAX_FEN ? List.of()
                : List.of(new DraftRefusal(PRICE_OUT_OF_RANGE, "order.priceFen", "0 to 2^53-1 fen"));
    }

    private static List<DraftRefusal> licenceLastsAtLeastADay(ContractDraftRequest r) {
        int days = r.listing().licenceDays();
        return days >= 1 && days <= MAX_LICENCE_DAYS ? List.of()
                : List.of(new DraftRefusal(LICENCE_TOO_SHORT, "listing.licenceDays", "1 to " + MAX_LICENCE_DAYS + " days"));
    }

    private static List<DraftRefusal> territoryIsNamed(ContractDraftRequest r) {
        List<String> codes = Stream.concat(r.listing().territory().stream(),
                r.listing().crossBorderDestinations().stream()).toList();
        if (r.listing().territory().isEmpty() || !codes.stream().allMatch(c -> c != null && COUNTRY.matcher(c).matches())) {
            return List.of(new DraftRefusal(TERRITORY_MISSING, "listing.territory",
                    "at least one ISO 3166-1 alpha-2 code, upper case"));
        }
        return List.of();
    }

    private static List<DraftRefusal> foreignTerritoryIsCoveredByCrossBorderTerms(ContractDraftRequest r) {
        return r.listing().territory().stream()
                .filter(code -> !"CN".equals(code) && !r.listing().crossBorderDestinations().contains(code))
                .map(code -> new DraftRefusal(TERRITORY_OUTSIDE_CROSS_BORDER_TERMS, "listing.territory",
                        code + " is outside mainland China but not an allowed cross-border destination (Art. 82)"))
                .toList();
    }

    private static List<DraftRefusal> crossBorderHasItsAssessment(ContractDraftRequest r) {
        ListingVersionInput l = r.listing();
        boolean needed = !l.crossBorderDestinations().isEmpty() && l.personalOrImportantData();
        return needed && !notBlank(l.securityAssessmentReference())
                ? List.of(new DraftRefusal(CROSS_BORDER_ASSESSMENT_MISSING, "listing.securityAssessmentReference",
                        "personal or important data leaving mainland China needs a security assessment (Art. 82)"))
                : List.of();
    }

    private record NamedOrganisation(String field, OrganisationInput org) {
    }

    private static Stream<NamedOrganisation> organisations(ContractDraftRequest r) {
        return Stream.of(new NamedOrganisation("seller", r.seller()), new NamedOrganisation("buyer", r.buyer()),
                new NamedOrganisation("rules.exchange", r.rules().exchange()));
    }

    private static void requirePresent(List<DraftRefusal> out, String field, Object value) {
        if (value == null) {
            out.add(new DraftRefusal(MISSING_OR_MALFORMED, field, "missing"));
        }
    }

    private static void wellFormed(List<DraftRefusal> out, String field, boolean ok) {
        if (!ok) {
            out.add(new DraftRefusal(MISSING_OR_MALFORMED, field, "missing or malformed"));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
