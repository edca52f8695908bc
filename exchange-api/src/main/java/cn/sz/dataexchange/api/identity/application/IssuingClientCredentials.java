package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.security.ClientSecrets;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * More credentials: an organisation issues clients for itself (never for another, and platform
 * staff cannot mint credentials that act for a member); an administrator issues platform clients.
 */
@Component
public class IssuingClientCredentials {

    private final ApiClients clients;
    private final ClientSecrets secrets;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public IssuingClientCredentials(ApiClients clients, ClientSecrets secrets, AuditLog audit,
                                    TransactionalOperator tx, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A new client and its secret, shown once. */
    public record IssuedClient(ApiClient client, String secret) {
    }

    public Mono<Result<IssuedClient>> forOrganisation(OrgId org, String label, Caller caller) {
        if (!caller.actsFor(org)) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(org, caller, "Only the organisation itself can issue its clients")));
        }
        return issue(new ClientId(ClientSecrets.newClientId("org-")), Optional.of(org), Set.of(), label, caller,
                RegisteringOrganisation.stream(org));
    }

    public Mono<Result<IssuedClient>> forPlatform(Role role, String label, Caller admin) {
        if (role == null || !role.isPlatform()) {
            return Mono.just(Result.refused(Refusal.invalidField("role", "must be ADMIN or REGULATOR")));
        }
        return issue(new ClientId(ClientSecrets.newClientId(role == Role.ADMIN ? "adm-" : "reg-")), Optional.empty(),
                Set.of(role), label, admin, "platform:clients");
    }

    /** Creates a platform client with a given id and secret (bootstrap and demo seeding). */
    public Mono<ApiClient> ensurePlatformClient(ClientId id, Role role, String secret, String createdBy) {
        return clients.find(id)
                .flatMap(existing -> secrets.matches(secret, existing.secretHash())
                        .flatMap(same -> same ? Mono.just(existing)
                                : secrets.hash(secret).flatMap(h -> clients.replaceSecretHash(id, h)).thenReturn(existing)))
                .switchIfEmpty(Mono.defer(() -> secrets.hash(secret).flatMap(hash -> clients.insert(
                        new ApiClient(id, Optional.empty(), Set.of(role), createdBy, hash, clock.instant(),
                                Optional.empty()), createdBy))));
    }

    public Mono<Result<Page<ApiClient>>> list(OrgId org, PageQuery page, Caller caller) {
        if (!caller.actsFor(org) && !caller.isPlatformStaff()) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(org, caller, "Clients of another organisation are not yours to see")));
        }
        return clients.ofOrganisation(org, page).map(Result::accepted);
    }

    public Mono<Result<ClientId>> revoke(OrgId org, ClientId id, Caller caller) {
        if (!caller.actsFor(org)) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(org, caller, "Only the organisation itself can revoke its clients")));
        }
        Mono<Result<ClientId>> work = clients.find(id)
                .filter(c -> c.orgId().equals(Optional.of(org)))
                .flatMap(c -> clients.revoke(id, clock.instant()).flatMap(done -> done
                        ? audit.append(RegisteringOrganisation.stream(org), caller.actor(), "client.revoked",
                                Map.of("clientId", id.value())).thenReturn(Result.accepted(id))
                        : Mono.just(Result.<ClientId>refused(Refusal.illegalTransition("Client " + id, "REVOKED",
                                "revocation")))))
                .switchIfEmpty(Mono.fromSupplier(() -> Result.refused(Refusal.notFound("Client", id))));
        return tx.transactional(work);
    }

    private Mono<Result<IssuedClient>> issue(ClientId id, Optional<OrgId> org, Set<Role> roles, String label,
                                            Caller caller, String stream) {
        String secret = ClientSecrets.newSecret();
        return secrets.hash(secret).flatMap(hash -> {
            ApiClient client = new ApiClient(id, org, roles, label, hash, clock.instant(), Optional.empty());
            return tx.transactional(clients.insert(client, caller.actor())
                    .flatMap(saved -> audit.append(stream, caller.actor(), "client.issued",
                                    Map.of("clientId", id.value(), "roles",
                                            roles.stream().map(Enum::name).sorted().toList()))
                            .thenReturn(Result.accepted(new IssuedClient(saved, secret)))));
        });
    }
}
