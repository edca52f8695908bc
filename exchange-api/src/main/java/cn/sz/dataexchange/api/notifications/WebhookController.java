package cn.sz.dataexchange.api.notifications;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An organisation's webhook: where its notifications are pushed, signed with HMAC-SHA256. */
@RestController
public class WebhookController {

    private final RegisteringWebhook registering;
    private final WebhookSubscriptions subscriptions;

    public WebhookController(RegisteringWebhook registering, WebhookSubscriptions subscriptions) {
        this.registering = registering;
        this.subscriptions = subscriptions;
    }

    public record WebhookRequest(@NotBlank String url) {
    }

    /** Shown once, at registration: the secret to check the {@code X-Exchange-Signature} header with. */
    public record RegisteredView(String url, String secret, String signatureHeader, String note) {
    }

    public record WebhookView(String url, Instant registeredAt, Instant lastSuccessAt, Instant lastFailureAt,
                              String lastFailure, int consecutiveFailures) {
    }

    @Operation(summary = "Register (or replace) your webhook; a new signing secret is shown once")
    @PutMapping("/api/v1/notifications/webhook")
    public Mono<RegisteredView> register(@Valid @RequestBody WebhookRequest body, @AuthenticationPrincipal Caller caller) {
        return registering.register(body.url(), caller).map(r -> {
            RegisteringWebhook.Registered registered = r.orElseThrow();
            return new RegisteredView(registered.url(), registered.secret(), WebhookSignature.HEADER,
                    "Store the secret now: it is not shown again. Each push carries t=<unix seconds>,v1=<hex "
                            + "HMAC-SHA256(secret, t + '.' + body)>.");
        });
    }

    @Operation(summary = "Your webhook and how its last pushes went")
    @GetMapping("/api/v1/notifications/webhook")
    public Mono<WebhookView> read(@AuthenticationPrincipal Caller caller) {
        if (caller.orgId().isEmpty()) {
            return Mono.error(Refusal.forbidden("Webhooks are registered by member organisations").toException());
        }
        return subscriptions.find(caller.orgId().get().value())
                .map(s -> new WebhookView(s.url(), s.createdAt(), s.lastSuccessAt(), s.lastFailureAt(), s.lastFailure(),
                        s.consecutiveFailures()))
                .switchIfEmpty(Mono.error(Refusal.notFound("Webhook of organisation", caller.orgId().get()).toException()));
    }

    @Operation(summary = "Stop pushing notifications")
    @DeleteMapping("/api/v1/notifications/webhook")
    public Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Caller caller) {
        return registering.remove(caller).map(r -> {
            r.orElseThrow();
            return ResponseEntity.noContent().build();
        });
    }
}
