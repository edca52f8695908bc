package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.model.PartyRole;
import java.time.Instant;

/** A signature that passed every check: who signed, in which role, with which key, when. */
public record VerifiedSignature(int index, PartyRole role, OrgId signer, String kid, Instant signedAt, String jws) {
}
