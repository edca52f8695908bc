package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.PartyKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where organisations' public signing keys are kept. */
public interface PartyKeys {

    /** Inserts a key; empty if its kid or thumbprint is already registered. */
    Mono<PartyKey> insert(PartyKey key);

    Mono<PartyKey> find(String kid);

    /** The keys with any of these kids, in one lookup (kids nobody registered are left out). */
    Flux<PartyKey> findAll(java.util.Collection<String> kids);

    Flux<PartyKey> ofOrganisation(OrgId orgId);

    Mono<cn.sz.dataexchange.api.shared.Page<PartyKey>> ofOrganisation(OrgId orgId,
                                                                        cn.sz.dataexchange.api.shared.PageQuery page);

    /** Saves a revocation if the key was not revoked meanwhile; empty otherwise. */
    Mono<PartyKey> saveRevocation(PartyKey revoked);
}
