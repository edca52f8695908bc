package cn.sz.dataexchange.contracts.signing;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.COUNTERSIGNATURE_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.DUPLICATE_ROLE;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.REQUIRED_PARTY_MISSING;

import cn.sz.dataexchange.contracts.model.PartyRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rules over the set of signatures that each passed on their own: one per role, all required roles, a true countersignature. */
final class SignatureSetRules {

    private SignatureSetRules() {
    }

    static List<SignatureProblem> check(List<ContractSignatureVerification.Accepted> accepted, Set<PartyRole> required) {
        List<SignatureProblem> problems = new ArrayList<>();
        Set<PartyRole> seen = EnumSet.noneOf(PartyRole.class);
        for (ContractSignatureVerification.Accepted a : accepted) {
            if (!seen.add(a.signature().role())) {
                problems.add(SignatureProblem.of(a.signature().index(), a.signature().kid(), DUPLICATE_ROLE,
                        "a second signature for the " + a.signature().role().code()));
            }
        }
        for (PartyRole role : required) {
            if (!seen.contains(role)) {
                problems.add(SignatureProblem.of(-1, null, REQUIRED_PARTY_MISSING,
                        "no valid signature by the " + role.code()));
            }
        }
        accepted.stream().filter(a -> a.signature().role() == PartyRole.EXCHANGE)
                .forEach(exchange -> problems.addAll(countersignatureProblems(exchange, accepted)));
        return problems;
    }

    /** The exchange's signature must list exactly the seller's and buyer's signatures that are present. */
    private static List<SignatureProblem> countersignatureProblems(ContractSignatureVerification.Accepted exchange,
                                                                   List<ContractSignatureVerification.Accepted> all) {
        Object listed = exchange.jws().rawHeader(JwsHeaders.COUNTERSIGNS).orElse(null);
        if (!(listed instanceof List<?> digests) || !digests.stream().allMatch(String.class::isInstance)) {
            return List.of(SignatureProblem.of(exchange.signature().index(), exchange.signature().kid(),
                    COUNTERSIGNATURE_MISMATCH, "the exchange's signature lists no countersigned signatures"));
        }
        List<String> partyDigests = all.stream().filter(a -> a.signature().role() != PartyRole.EXCHANGE)
                .map(a -> ContractSigning.signatureDigest(a.signature().jws())).toList();
        if (!digests.containsAll(partyDigests) || !partyDigests.containsAll(digests)) {
            return List.of(SignatureProblem.of(exchange.signature().index(), exchange.signature().kid(),
                    COUNTERSIGNATURE_MISMATCH, "the exchange countersigned other party signatures than those presented"));
        }
        return List.of();
    }
}
