package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.application.PartyKeys;
import cn.sz.dataexchange.api.identity.model.PartyKey;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.signing.KeyDirectory;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import cn.sz.dataexchange.contracts.signing.SignedHeaders;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Builds the contracts module's {@link KeyDirectory} for a set of signatures: the parties' keys
 * registered with the exchange (identity area) and the exchange's own keys. Registration and
 * revocation times are taken to the whole second below, because a JWS states its signing time in
 * whole seconds: a signature made in the same second as the registration is in force, one made in
 * the same second as the revocation is not.
 */
@Component
public class SigningKeyDirectory {

    private final PartyKeys partyKeys;
    private final ExchangeKeys exchangeKeys;

    public SigningKeyDirectory(PartyKeys partyKeys, ExchangeKeys exchangeKeys) {
        this.partyKeys = partyKeys;
        this.exchangeKeys = exchangeKeys;
    }

    /** The keys the given compact JWS name (parties' and the exchange's). */
    public Mono<KeyDirectory> forSignatures(Collection<String> compactJws) {
        List<String> kids = SignedHeaders.kidsOf(compactJws);
        return keysFor(kids).collectList().map(KeyDirectory::of);
    }

    /** The registered keys with these kids, in the CLI's key-file shape when written out. */
    public Flux<RegisteredKey> keysFor(List<String> kids) {
        return partyKeys.findAll(kids).map(SigningKeyDirectory::toRegistered).collectList()
                .flatMapMany(parties -> {
                    // the exchange's keys are read only for kids no party key has (its countersignature)
                    java.util.Set<String> missing = new java.util.HashSet<>(kids);
                    parties.forEach(k -> missing.remove(k.kid()));
                    Flux<RegisteredKey> exchange = missing.isEmpty() ? Flux.empty()
                            : exchangeKeys.all().filter(k -> missing.contains(k.kid()));
                    return Flux.concat(Flux.fromIterable(parties), exchange);
                })
                .distinct(RegisteredKey::kid);
    }

    static RegisteredKey toRegistered(PartyKey key) {
        return new RegisteredKey(key.kid(), new OrgId(key.orgId().value().toString()), key.publicJwk(),
                key.registeredAt().truncatedTo(ChronoUnit.SECONDS),
                key.revokedAt().map(at -> at.truncatedTo(ChronoUnit.SECONDS)).orElse(null));
    }
}
