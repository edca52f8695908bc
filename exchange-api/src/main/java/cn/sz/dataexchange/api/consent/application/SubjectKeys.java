package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.security.MasterKey;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Each seller organisation's keyed subject-key derivation (HMAC-SHA256 with a secret of its own,
 * created on first use and stored sealed with the master key), so that the exchange matches consent
 * records and data rows without keeping raw identifiers, and keys of two sellers never match.
 */
public final class SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubjectKeySecrets secrets;
    private final MasterKey masterKey;
    private final Map<OrgId, SubjectKeyDerivation> cache = new ConcurrentHashMap<>();

    public SubjectKeys(SubjectKeySecrets secrets, MasterKey masterKey) {
        this.secrets = secrets;
        this.masterKey = masterKey;
    }

    public Mono<SubjectKeyDerivation> of(OrgId org) {
        SubjectKeyDerivation cached = cache.get(org);
        if (cached != null) {
            return Mono.just(cached);
        }
        byte[] candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        return secrets.sealedSecret(org, masterKey.seal(candidate, binding(org)))
                .map(sealed -> cache.computeIfAbsent(org, o -> new SubjectKeyDerivation(masterKey.open(sealed, binding(o)))));
    }

    private static String binding(OrgId org) {
        return "subject-key-secret:" + org;
    }
}
