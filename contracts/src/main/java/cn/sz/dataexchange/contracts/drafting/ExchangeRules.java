package cn.sz.dataexchange.contracts.drafting;

import cn.sz.dataexchange.contracts.model.DestructionTerms;
import cn.sz.dataexchange.contracts.model.DisputeMethod;
import cn.sz.dataexchange.contracts.model.DisputeResolution;
import cn.sz.dataexchange.contracts.model.SecurityObligation;
import java.util.List;

/** The exchange's standing terms that go into every contract: its own identity, security duties, destruction and disputes. */
public record ExchangeRules(OrganisationInput exchange, List<SecurityObligation> obligations,
                            DestructionTerms destruction, DisputeResolution disputeResolution) {

    public ExchangeRules {
        obligations = List.copyOf(obligations);
    }

    /** The defaults: every standard obligation, destruction within 30 days with a certificate, arbitration in Shenzhen. */
    public static ExchangeRules standard(OrganisationInput exchange) {
        return new ExchangeRules(exchange, List.of(SecurityObligation.values()),
                new DestructionTerms(30, true),
                new DisputeResolution(30, DisputeMethod.ARBITRATION,
                        "深圳国际仲裁院 Shenzhen Court of International Arbitration",
                        "中华人民共和国法律 Laws of the People's Republic of China"));
    }
}
