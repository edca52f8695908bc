package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.PartyRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What verification found: the contract digest checked against, the signatures that passed and
 * every problem. Valid when there is no problem at all (including no required party missing).
 */
public record SignatureReport(Sha256Digest digest, List<VerifiedSignature> verified, List<SignatureProblem> problems) {

    public SignatureReport {
        verified = List.copyOf(verified);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public Set<PartyRole> signedRoles() {
        return verified.stream().map(VerifiedSignature::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PartyRole.class)));
    }

    public boolean has(SignatureProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    public String describe() {
        if (isValid()) {
            return "valid: " + verified.size() + " signature(s) over " + digest + " by " + signedRoles();
        }
        return "invalid: " + problems.stream().map(SignatureProblem::toString).collect(Collectors.joining("; "));
    }
}
