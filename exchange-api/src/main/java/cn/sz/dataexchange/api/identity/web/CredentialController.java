package cn.sz.dataexchange.api.identity.web;

import cn.sz.dataexchange.api.identity.application.IssuingClientCredentials;
import cn.sz.dataexchange.api.identity.application.RegisteringPartyKey;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.web.IdentityRequests.NewClientRequest;
import cn.sz.dataexchange.api.identity.web.IdentityRequests.NewPlatformClientRequest;
import cn.sz.dataexchange.api.identity.web.IdentityRequests.ReasonRequest;
import cn.sz.dataexchange.api.identity.web.IdentityRequests.RegisterKeyRequest;
import cn.sz.dataexchange.api.identity.web.IdentityViews.ClientView;
import cn.sz.dataexchange.api.identity.web.IdentityViews.PartyKeyView;
import cn.sz.dataexchange.api.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Credentials: API clients of organisations and of the platform, and party signing keys. */
@RestController
public class CredentialController {

    private final IssuingClientCredentials clients;
    private final RegisteringPartyKey keys;

    public CredentialController(IssuingClientCredentials clients, RegisteringPartyKey keys) {
        this.clients = clients;
        this.keys = keys;
    }

    @Operation(summary = "Issue another client for your organisation; the secret is shown once")
    @PostMapping("/api/v1/orgs/{id}/clients")
    public Mono<ResponseEntity<ClientView>> issue(@PathVariable UUID id,
                                                  @Valid @RequestBody(required = false) NewClientRequest body,
                                                  @AuthenticationPrincipal Caller caller) {
        return clients.forOrganisation(new OrgId(id), body == null ? null : body.label(), caller)
                .map(r -> created(r.orElseThrow()));
    }

    @Operation(summary = "List your organisation's clients (secrets are never shown again)")
    @GetMapping("/api/v1/orgs/{id}/clients")
    public Mono<Page<ClientView>> listClients(@PathVariable UUID id, @AuthenticationPrincipal Caller caller,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return clients.list(new OrgId(id), PageQuery.of(page, size).orElseThrow(), caller)
                .map(r -> r.orElseThrow().map(c -> ClientView.of(c, null)));
    }

    @Operation(summary = "Revoke one of your organisation's clients")
    @PostMapping("/api/v1/orgs/{id}/clients/{clientId}/revocation")
    public Mono<ResponseEntity<Void>> revokeClient(@PathVariable UUID id, @PathVariable String clientId,
                                                   @AuthenticationPrincipal Caller caller) {
        return clients.revoke(new OrgId(id), new ClientId(clientId), caller)
                .map(r -> {
                    r.orElseThrow();
                    return ResponseEntity.noContent().build();
                });
    }

    @Operation(summary = "Issue a platform client (admin): another ADMIN or a REGULATOR")
    @PostMapping("/api/v1/platform/clients")
    public Mono<ResponseEntity<ClientView>> issuePlatform(@Valid @RequestBody NewPlatformClientRequest body,
                                                          @AuthenticationPrincipal Caller caller) {
        return clients.forPlatform(body.role(), body.label(), caller).map(r -> created(r.orElseThrow()));
    }

    @Operation(summary = "Register a public signing key (JWK: EC P-256 or Ed25519) of your organisation")
    @PostMapping("/api/v1/orgs/{id}/keys")
    public Mono<ResponseEntity<PartyKeyView>> registerKey(@PathVariable UUID id,
                                                          @Valid @RequestBody RegisterKeyRequest body,
                                                          @AuthenticationPrincipal Caller caller) {
        return keys.register(new OrgId(id), body.jwk(), caller).map(r -> {
            PartyKeyView view = PartyKeyView.of(r.orElseThrow());
            return ResponseEntity.created(URI.create("/api/v1/orgs/" + id + "/keys/" + view.kid())).body(view);
        });
    }

    @Operation(summary = "List an organisation's signing keys (the organisation, admin, regulator)")
    @GetMapping("/api/v1/orgs/{id}/keys")
    public Mono<Page<PartyKeyView>> listKeys(@PathVariable UUID id, @AuthenticationPrincipal Caller caller,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return keys.list(new OrgId(id), PageQuery.of(page, size).orElseThrow(), caller)
                .map(r -> r.orElseThrow().map(PartyKeyView::of));
    }

    @Operation(summary = "Revoke one of your organisation's signing keys, with a reason")
    @PostMapping("/api/v1/orgs/{id}/keys/{kid}/revocation")
    public Mono<PartyKeyView> revokeKey(@PathVariable UUID id, @PathVariable String kid,
                                        @Valid @RequestBody ReasonRequest body, @AuthenticationPrincipal Caller caller) {
        return keys.revoke(new OrgId(id), kid, body.reason(), caller).map(r -> PartyKeyView.of(r.orElseThrow()));
    }

    private static ResponseEntity<ClientView> created(IssuingClientCredentials.IssuedClient issued) {
        return ResponseEntity.status(201).body(ClientView.of(issued.client(), issued.secret()));
    }
}
