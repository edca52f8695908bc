package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.CreditCode;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.ClientSecrets;
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
 * An organisation applies for membership: it is stored as PENDING with its first API client,
 * whose secret is returned once. Tokens are refused until an administrator admits it.
 */
@Component
public class RegisteringOrganisation {

    private final Organisations organisations;
    private final ApiClients clients;
    private final ClientSecrets secrets;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RegisteringOrganisation(Organisations organisations, ApiClients clients, ClientSecrets secrets,
                                   AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.organisations = organisations;
        this.clients = clients;
        this.secrets = secrets;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the applicant sends. */
    public record RegisterOrganisation(String name, String creditCode, Set<Role> roles, String contactEmail) {
    }

    /** The stored organisation and its first credentials (the secret exists only in this value). */
    public record Registration(Organisation organisation, ClientId clientId, String clientSecret) {
    }

    public Mono<Result<Registration>> register(RegisterOrganisation command) {
        Result<CreditCode> code = CreditCode.parse(command.creditCode());
        if (code instanceof Result.Refused<CreditCode> refused) {
            return Mono.just(Result.refused(refused.refusal()));
        }
        if (command.roles() == null || command.roles().isEmpty() || !Role.MARKET.containsAll(command.roles())) {
            return Mono.just(Result.refused(Refusal.invalidField("roles", "must be SELLER and/or BUYER")));
        }
        Organisation organisation = Organisation.register(OrgId.random(), command.name().strip(), code.orElseThrow(),
                command.contactEmail().strip(), command.roles(), clock.instant());
        String secret = ClientSecrets.newSecret();
        ClientId clientId = new ClientId(ClientSecrets.newClientId("org-"));
        return secrets.hash(secret).flatMap(hash -> {
            ApiClient client = new ApiClient(clientId, Optional.of(organisation.id()), Set.of(), "first client", hash,
                    organisation.registeredAt(), Optional.empty());
            Mono<Result<Registration>> work = organisations.insert(organisation)
                    .flatMap(saved -> clients.insert(client, "registration")
                            .then(audit.append(stream(saved.id()), "registration", "organisation.registered",
                                    Map.of("name", saved.name(), "creditCode", saved.creditCode().value(),
                                            "roles", saved.roles().stream().map(Enum::name).sorted().toList())))
                            .thenReturn(Result.accepted(new Registration(saved, clientId, secret))))
                    .switchIfEmpty(Mono.fromSupplier(() -> Result.refused(creditCodeTaken())));
            return organisations.existsWithCreditCode(organisation.creditCode())
                    .flatMap(exists -> exists ? Mono.just(Result.<Registration>refused(creditCodeTaken()))
                            : tx.transactional(work));
        });
    }

    static String stream(OrgId id) {
        return "organisation:" + id;
    }

    private static Refusal creditCodeTaken() {
        return Refusal.of(Refusal.Reason.CONFLICT, "credit-code-registered", "Already registered",
                "An organisation with this credit code is already registered");
    }
}
