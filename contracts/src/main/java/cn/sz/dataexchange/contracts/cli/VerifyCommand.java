package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.ContractSignatureVerification;
import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import cn.sz.dataexchange.contracts.signing.SignatureReport;
import cn.sz.dataexchange.contracts.signing.VerifiedSignature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** verify: checks the envelope's signatures (and any given with --signature) against a key directory file. */
final class VerifyCommand implements Command {

    public String name() {
        return "verify";
    }

    public String usage() {
        return "verify --contract contract.json --keys keys.json [--signature JWS|@file]... [--require seller,buyer,exchange|none]";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("contract", "keys", "signature", "require"), Set.of());
        ContractEnvelope.Reading.Read envelope = Inputs.contract(args);
        List<String> signatures = new ArrayList<>(envelope.signatures());
        args.all("signature").forEach(s -> signatures.add(Arguments.inlineOrFile(s, "--signature")));
        SignatureReport report = new ContractSignatureVerification(clock)
                .verify(envelope.contract(), signatures, Inputs.keyDirectory(args), required(args));
        console.out().println("contract " + envelope.contract().contract().contractId() + " digest "
                + report.digest().hex());
        for (VerifiedSignature s : report.verified()) {
            console.out().printf("  ok   #%d %s %s kid %s signed %s%n", s.index(), s.role().code(), s.signer(), s.kid(),
                    s.signedAt());
        }
        for (SignatureProblem p : report.problems()) {
            console.out().println("  FAIL " + p);
        }
        boolean digestOk = envelope.advertisedDigestMatches();
        if (!digestOk) {
            console.out().println("  FAIL the envelope's advertised digest differs from the recomputed one");
        }
        console.out().println(report.isValid() && digestOk ? "VALID" : "INVALID");
        return report.isValid() && digestOk ? OK : INVALID;
    }

    private static Set<PartyRole> required(Arguments args) {
        String value = args.optional("require").orElse("seller,buyer,exchange");
        Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        if (!"none".equals(value)) {
            Arrays.stream(value.split(",")).map(String::strip).forEach(code -> roles.add(PartyRole.fromCode(code)
                    .orElseThrow(() -> new BadInput("--require: unknown role " + code))));
        }
        return roles;
    }
}
