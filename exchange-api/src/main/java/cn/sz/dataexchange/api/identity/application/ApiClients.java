package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where API clients (credentials) are kept. */
public interface ApiClients {

    Mono<ApiClient> find(ClientId id);

    Mono<ApiClient> insert(ApiClient client, String createdBy);

    Flux<ApiClient> ofOrganisation(OrgId orgId);

    Mono<cn.sz.dataexchange.api.shared.Page<ApiClient>> ofOrganisation(OrgId orgId,
                                                                         cn.sz.dataexchange.api.shared.PageQuery page);

    Mono<Boolean> revoke(ClientId id, Instant at);

    /** Replaces a platform client's secret hash (bootstrap configuration changed). */
    Mono<Void> replaceSecretHash(ClientId id, String secretHash);

    /** What a caller's token stands for right now: is the client live, is its organisation admitted. */
    Mono<CallerStanding> standing(ClientId id);

    /** The live state behind a token. */
    record CallerStanding(boolean clientRevoked, Integer organisationStatusCode) {
    }
}
