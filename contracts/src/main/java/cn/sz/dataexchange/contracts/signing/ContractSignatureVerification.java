package cn.sz.dataexchange.contracts.signing;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.CONTRACT_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.DIGEST_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_NOT_OWNED_BY_PARTY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.UNKNOWN_ROLE;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.model.Party;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.internal.JwsParsing;
import cn.sz.dataexchange.contracts.signing.internal.ParsedJws;
import cn.sz.dataexchange.contracts.signing.internal.SignerCheck;
import cn.sz.dataexchange.contracts.signing.internal.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the signatures on a contract. Each must be a well-formed detached JWS over exactly the
 * canonical bytes, name this contract and its digest, be made by a registered key of the party
 * whose role it claims, in force at the signing time, and be plausibly timed against the clock.
 * The set must hold each required role once, and the exchange's countersignature must cover the
 * seller's and buyer's signatures. Every problem is reported; nothing is thrown.
 */
public final class ContractSignatureVerification {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;
    private final Duration allowedSkew;

    public ContractSignatureVerification(Clock clock) {
        this(clock, DEFAULT_CLOCK_SKEW);
    }

    public ContractSignatureVerification(Clock clock, Duration allowedSkew) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowedSkew = Objects.requireNonNull(allowedSkew, "allowedSkew");
    }

    /** Every party (seller, buyer, exchange) must have signed. */
    public SignatureReport verifyComplete(CanonicalContract contract, List<String> signatures, KeyDirectory keys) {
        return verify(contract, signatures, keys, EnumSet.allOf(PartyRole.class));
    }

    /**
     * As {@link #verifyComplete(CanonicalContract, List, KeyDirectory)}, for a caller that has just
     * verified or made some of the signatures itself ({@code verifiedHere}, compact JWS): their
     * cryptographic check is not repeated; every other rule (contract, digest, key owner and
     * validity at signing time, the set rules) still applies to them.
     */
    public SignatureReport verifyComplete(CanonicalContract contract, List<String> signatures, KeyDirectory keys,
                                          Set<String> verifiedHere) {
        return verify(contract, signatures, keys, EnumSet.allOf(PartyRole.class), verifiedHere);
    }

    /** Checks the signatures given, requiring the listed roles (empty: check one submitted signature alone). */
    public SignatureReport verify(CanonicalContract contract, List<String> signatures, KeyDirectory keys,
                                  Set<PartyRole> requiredRoles) {
        return verify(contract, signatures, keys, requiredRoles, Set.of());
    }

    private SignatureReport verify(CanonicalContract contract, List<String> signatures, KeyDirectory keys,
                                   Set<PartyRole> requiredRoles, Set<String> verifiedHere) {
        SignerCheck signerCheck = new SignerCheck(keys, clock.instant(), allowedSkew, verifiedHere);
        List<SignatureProblem> problems = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            Step<Accepted> step = verifyOne(i, signatures.get(i), contract, signerCheck);
            if (step instanceof Step.Ok<Accepted> ok) {
                accepted.add(ok.value());
            } else if (step instanceof Step.Failed<Accepted> failed) {
                problems.addAll(failed.problems());
            }
        }
        problems.addAll(SignatureSetRules.check(accepted, requiredRoles));
        List<VerifiedSignature> verified = accepted.stream().map(Accepted::signature).toList();
        return new SignatureReport(contract.digest(), verified, problems);
    }

    private Step<Accepted> verifyOne(int index, String compact, CanonicalContract contract, SignerCheck signerCheck) {
        Step<ParsedJws> parsed = JwsParsing.parseDetached(index, compact, JwsHeaders.TYPE_CONTRACT, contract.bytes());
        if (parsed instanceof Step.Failed<ParsedJws> failed) {
            return new Step.Failed<>(failed.problems());
        }
        ParsedJws jws = ((Step.Ok<ParsedJws>) parsed).value();
        Optional<PartyRole> role = jws.stringHeader(JwsHeaders.ROLE).flatMap(PartyRole::fromCode);
        if (role.isEmpty()) {
            return Step.failed(index, jws.kid(), UNKNOWN_ROLE, "\"" + JwsHeaders.ROLE + "\" must be seller, buyer or exchange");
        }
        if (!jws.stringHeader(JwsHeaders.CONTRACT_ID).orElse("").equals(contract.contract().contractId().value())) {
            return Step.failed(index, jws.kid(), CONTRACT_MISMATCH, "signed for another contract id");
        }
        if (!jws.stringHeader(JwsHeaders.CONTRACT_SHA256).orElse("").equals(contract.digest().base64Url())) {
            return Step.failed(index, jws.kid(), DIGEST_MISMATCH,
                    "signed a different version of the contract (digest differs from " + contract.digest() + ")");
        }
        Step<RegisteredKey> key = signerCheck.check(jws, contract.contract().createdAt());
        if (key instanceof Step.Failed<RegisteredKey> failed) {
            return new Step.Failed<>(failed.problems());
        }
        RegisteredKey registered = ((Step.Ok<RegisteredKey>) key).value();
        Party party = contract.contract().party(role.get());
        if (!registered.owner().equals(party.orgId())) {
            return Step.failed(index, jws.kid(), KEY_NOT_OWNED_BY_PARTY, "the key belongs to " + registered.owner()
                    + ", not to the " + role.get().code() + " " + party.orgId());
        }
        return Step.ok(new Accepted(new VerifiedSignature(index, role.get(), registered.owner(), jws.kid(),
                jws.signedAt(), jws.compact()), jws));
    }

    /** A signature that passed, with its parsed header for the rules over the whole set. */
    record Accepted(VerifiedSignature signature, ParsedJws jws) {
    }
}
