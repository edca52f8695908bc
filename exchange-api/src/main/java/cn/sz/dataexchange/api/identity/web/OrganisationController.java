package cn.sz.dataexchange.api.identity.web;

import cn.sz.dataexchange.api.identity.application.ChangingOrganisationStatus;
import cn.sz.dataexchange.api.identity.application.RegisteringOrganisation;
import cn.sz.dataexchange.api.identity.application.ViewingOrganisations;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.OrganisationStatus;
import cn.sz.dataexchange.api.identity.web.IdentityRequests.ReasonRequest;
import cn.sz.dataexchange.api.identity.web.IdentityRequests.RegisterOrganisationRequest;
import cn.sz.dataexchange.api.identity.web.IdentityViews.OrganisationView;
import cn.sz.dataexchange.api.identity.web.IdentityViews.RegistrationView;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Membership: applying, reading, admitting and suspending organisations. */
@RestController
@RequestMapping("/api/v1/orgs")
public class OrganisationController {

    private final RegisteringOrganisation registering;
    private final ChangingOrganisationStatus changing;
    private final ViewingOrganisations viewing;

    public OrganisationController(RegisteringOrganisation registering, ChangingOrganisationStatus changing,
                                  ViewingOrganisations viewing) {
        this.registering = registering;
        this.changing = changing;
        this.viewing = viewing;
    }

    @Operation(summary = "Apply for membership (open); the first client's secret is shown once")
    @PostMapping
    public Mono<ResponseEntity<RegistrationView>> register(@Valid @RequestBody RegisterOrganisationRequest body) {
        return registering.register(new RegisteringOrganisation.RegisterOrganisation(body.name(), body.creditCode(),
                        body.roles(), body.contactEmail()))
                .map(result -> {
                    RegisteringOrganisation.Registration r = result.orElseThrow();
                    OrganisationView o = OrganisationView.of(r.organisation());
                    return ResponseEntity.created(URI.create("/api/v1/orgs/" + o.id()))
                            .body(new RegistrationView(o.id(), o.name(), o.creditCode(), o.contactEmail(), o.roles(),
                                    o.status(), o.registeredAt(), r.clientId().value(), r.clientSecret(),
                                    "Store the client secret now: it is not shown again. Tokens are issued once "
                                            + "a platform administrator admits the organisation."));
                });
    }

    @Operation(summary = "List organisations (admin, regulator)")
    @GetMapping
    public Mono<Page<OrganisationView>> list(@RequestParam(required = false) OrganisationStatus status,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size).orElseThrow();
        return viewing.list(Optional.ofNullable(status), query).map(p -> p.map(OrganisationView::of));
    }

    @Operation(summary = "Read an organisation (admin, regulator, or the organisation itself)")
    @GetMapping("/{id}")
    public Mono<OrganisationView> one(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(new OrgId(id), caller).map(r -> OrganisationView.of(r.orElseThrow()));
    }

    @Operation(summary = "Admit an organisation (admin, with reason)")
    @PostMapping("/{id}/admission")
    public Mono<OrganisationView> admit(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                        @AuthenticationPrincipal Caller caller) {
        return changing.admit(new OrgId(id), body.reason(), caller).map(r -> OrganisationView.of(r.orElseThrow()));
    }

    @Operation(summary = "Suspend an organisation (admin, with reason)")
    @PostMapping("/{id}/suspension")
    public Mono<OrganisationView> suspend(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                          @AuthenticationPrincipal Caller caller) {
        return changing.suspend(new OrgId(id), body.reason(), caller).map(r -> OrganisationView.of(r.orElseThrow()));
    }
}
