package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.model.Party;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.model.TradeContract;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.ContractSignature;
import cn.sz.dataexchange.contracts.signing.ContractSigning;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.time.Clock;
import java.util.Set;

/**
 * sign: prints the detached JWS over the contract's canonical bytes. Says on stderr what is being
 * signed. As the exchange, countersigns the signatures present in the envelope.
 */
final class SignCommand implements Command {

    public String name() {
        return "sign";
    }

    public String usage() {
        return "sign --key private.jwk.json --contract contract.json [--role buyer|seller|exchange]";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("key", "contract", "role"), Set.of());
        SigningKey key = Inputs.signingKey(args);
        ContractEnvelope.Reading.Read envelope = Inputs.contract(args);
        PartyRole role = PartyRole.fromCode(args.optional("role").orElse("buyer"))
                .orElseThrow(() -> new BadInput("--role must be buyer, seller or exchange"));
        CanonicalContract contract = envelope.contract();
        if (!envelope.advertisedDigestMatches()) {
            console.err().println("refused: the envelope says the digest is " + envelope.advertisedDigestHex().orElse("")
                    + " but its contract's canonical digest is " + contract.digest().hex());
            return INVALID;
        }
        describe(contract.contract(), role, key, contract, console);
        ContractSignature signature = role == PartyRole.EXCHANGE
                ? ContractSigning.countersign(contract, envelope.signatures(), key, clock.instant())
                : ContractSigning.sign(contract, role, key, clock.instant());
        console.out().println(signature.jws());
        return OK;
    }

    private static void describe(TradeContract c, PartyRole role, SigningKey key, CanonicalContract contract,
                                 Console console) {
        Party signer = c.party(role);
        console.err().printf("Signing contract %s (trade %s) as %s %s (%s) with key %s (%s)%n", c.contractId(),
                c.tradeId(), role.code(), signer.name(), signer.orgId(), key.kid(), key.algorithm().joseName());
        console.err().printf("  product %s v%d \"%s\", price CNY %s, purpose \"%s\"%n", c.product().listingId(),
                c.product().version(), c.product().title(), c.price().yuanText(), c.usage().declaredPurpose());
        console.err().printf("  canonical SHA-256 %s%n", contract.digest().hex());
    }
}
