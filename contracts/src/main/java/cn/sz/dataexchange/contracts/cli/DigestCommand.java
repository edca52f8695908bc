package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import java.time.Clock;
import java.util.Set;

/** digest: prints the SHA-256 of the contract's canonical bytes (hex, then base64url). */
final class DigestCommand implements Command {

    public String name() {
        return "digest";
    }

    public String usage() {
        return "digest --contract contract.json";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("contract"), Set.of());
        ContractEnvelope.Reading.Read envelope = Inputs.contract(args);
        console.out().println(envelope.contract().digest().hex());
        console.out().println(envelope.contract().digest().base64Url());
        if (!envelope.advertisedDigestMatches()) {
            console.err().println("the envelope advertises another digest: " + envelope.advertisedDigestHex().orElse(""));
            return INVALID;
        }
        return OK;
    }
}
