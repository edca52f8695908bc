package cn.sz.dataexchange.api.notifications;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.security.MasterKey;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * An organisation registers the URL its notifications are pushed to. Each registration issues a new
 * HMAC secret, shown once; the exchange keeps it sealed under the master key to sign pushes.
 */
@Component
public class RegisteringWebhook {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptions subscriptions;
    private final MasterKey masterKey;
    private final WebhookProperties properties;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RegisteringWebhook(WebhookSubscriptions subscriptions, MasterKey masterKey, WebhookProperties properties,
                              AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.subscriptions = subscriptions;
        this.masterKey = masterKey;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A registration as its organisation sees it once: the URL and the signing secret. */
    public record Registered(String url, String secret) {
    }

    public Mono<Result<Registered>> register(String url, Caller caller) {
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Webhooks are registered by member organisations")));
        }
        Result<URI> checked = check(url);
        if (!(checked instanceof Result.Accepted<URI> ok)) {
            return Mono.just(checked.map(u -> null));
        }
        UUID org = caller.orgId().get().value();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return tx.transactional(subscriptions.save(org, ok.value().toString(), masterKey.seal(secret, aad(org)), clock.instant())
                .then(audit.append("organisation:" + org, caller.actor(), "webhook.registered",
                        Map.of("url", ok.value().toString())))
                .thenReturn(Result.accepted(new Registered(ok.value().toString(), text))));
    }

    public Mono<Result<Boolean>> remove(Caller caller) {
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Webhooks are registered by member organisations")));
        }
        UUID org = caller.orgId().get().value();
        return tx.transactional(subscriptions.delete(org).flatMap(deleted -> deleted
                ? audit.append("organisation:" + org, caller.actor(), "webhook.removed", Map.of()).thenReturn(Result.accepted(true))
                : Mono.just(Result.<Boolean>refused(Refusal.notFound("Webhook of organisation", org)))));
    }

    static String aad(UUID org) {
        return "webhook:" + org;
    }

    private Result<URI> check(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return Result.refused(Refusal.invalidField("url", "is required (at most 2000 characters)"));
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !properties.allowedSchemes().contains(uri.getScheme().toLowerCase())) {
                return Result.refused(Refusal.invalidField("url", "must use " + properties.allowedSchemes()));
            }
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                return Result.refused(Refusal.invalidField("url", "must name a host, without credentials or fragment"));
            }
            return Result.accepted(uri);
        } catch (java.net.URISyntaxException e) {
            return Result.refused(Refusal.invalidField("url", "is not a URL"));
        }
    }
}
