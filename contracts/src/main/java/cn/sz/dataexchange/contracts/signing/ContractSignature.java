package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.model.PartyRole;
import java.time.Instant;
import java.util.Objects;

/**
 * A signature as made or submitted: the compact JWS with detached payload ("header..signature"),
 * and, for convenience, what its protected header says. Only {@link #jws()} is authoritative; the
 * verifier reads everything else from the header again.
 */
public record ContractSignature(PartyRole role, String kid, Instant signedAt, String jws) {

    public ContractSignature {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(jws, "jws");
    }
}
