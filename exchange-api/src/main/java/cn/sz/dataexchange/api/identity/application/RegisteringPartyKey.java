package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.PartyKey;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * An organisation registers the public keys it will sign contracts and receipts with (EC P-256
 * for ES256, Ed25519 for EdDSA), and revokes them. Private keys are refused: the exchange never
 * holds a party's signing key.
 */
@Component
public class RegisteringPartyKey {

    private final PartyKeys keys;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RegisteringPartyKey(PartyKeys keys, AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Result<PartyKey>> register(OrgId org, Map<String, Object> jwkJson, Caller caller) {
        if (!caller.actsFor(org)) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(org, caller, "Only the organisation itself can register its keys")));
        }
        Result<PartyKey> parsed = parse(org, jwkJson);
        if (!(parsed instanceof Result.Accepted<PartyKey> accepted)) {
            return Mono.just(parsed);
        }
        PartyKey key = accepted.value();
        return tx.transactional(keys.insert(key)
                .flatMap(saved -> audit.append(RegisteringOrganisation.stream(org), caller.actor(), "party-key.registered",
                        Map.of("kid", saved.kid(), "algorithm", saved.algorithm(), "thumbprint", saved.thumbprint()))
                        .thenReturn(Result.accepted(saved)))
                .switchIfEmpty(Mono.fromSupplier(() -> Result.refused(Refusal.of(Refusal.Reason.CONFLICT,
                        "key-already-registered", "Key already registered",
                        "A key with this kid or this public key is already registered")))));
    }

    public Mono<Result<Page<PartyKey>>> list(OrgId org, PageQuery page, Caller caller) {
        if (!caller.actsFor(org) && !caller.isPlatformStaff()) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(org, caller, "Keys of another organisation are not yours to list")));
        }
        return keys.ofOrganisation(org, page).map(Result::accepted);
    }

    public Mono<Result<PartyKey>> revoke(OrgId org, String kid, String reason, Caller caller) {
        if (!caller.actsFor(org)) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(org, caller, "Only the organisation itself can revoke its keys")));
        }
        Mono<Result<PartyKey>> work = keys.find(kid)
                .filter(k -> k.orgId().equals(org))
                .flatMap(k -> {
                    Result<PartyKey> revoked = k.revoke(reason, clock.instant());
                    if (!(revoked instanceof Result.Accepted<PartyKey> r)) {
                        return Mono.just(revoked);
                    }
                    return keys.saveRevocation(r.value())
                            .flatMap(saved -> audit.append(RegisteringOrganisation.stream(org), caller.actor(),
                                    "party-key.revoked", Map.of("kid", kid, "reason", reason))
                                    .thenReturn(Result.accepted(saved)))
                            .switchIfEmpty(Mono.fromSupplier(() ->
                                    Result.refused(Refusal.concurrentModification("Key " + kid))));
                })
                .switchIfEmpty(Mono.fromSupplier(() -> Result.refused(Refusal.notFound("Key", kid))));
        return tx.transactional(work);
    }

    private Result<PartyKey> parse(OrgId org, Map<String, Object> json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (java.text.ParseException | RuntimeException e) {
            return Result.refused(Refusal.invalidField("jwk", "is not a valid JSON Web Key: " + e.getMessage()));
        }
        if (jwk.isPrivate()) {
            return Result.refused(Refusal.invalidField("jwk",
                    "contains a private key; register the public key only and keep the private key yourself"));
        }
        String algorithm;
        if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            algorithm = "ES256";
        } else if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            algorithm = "EdDSA";
        } else {
            return Result.refused(Refusal.invalidField("jwk", "must be an EC P-256 or an Ed25519 (OKP) key"));
        }
        try {
            String thumbprint = jwk.computeThumbprint().toString();
            String kid = Optional.ofNullable(jwk.getKeyID()).filter(k -> !k.isBlank()).orElse(thumbprint);
            if (kid.length() > 200) {
                return Result.refused(Refusal.invalidField("jwk.kid", "must be at most 200 characters"));
            }
            String publicJwk = jwk.toPublicJWK().toJSONString();
            return Result.accepted(new PartyKey(kid, org, algorithm, publicJwk, thumbprint, clock.instant(),
                    Optional.empty(), null));
        } catch (JOSEException e) {
            return Result.refused(Refusal.invalidField("jwk", "thumbprint cannot be computed"));
        }
    }
}
