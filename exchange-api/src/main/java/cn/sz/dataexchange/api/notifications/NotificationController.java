package cn.sz.dataexchange.api.notifications;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** An organisation reads what it has been told. */
@RestController
public class NotificationController {

    private final Notifications notifications;
    private final JsonMapper json;

    public NotificationController(Notifications notifications, JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    /** A notification as the API shows it, with its payload as JSON. */
    public record NotificationView(UUID id, String type, String subject, Map<?, ?> payload, Instant createdAt) {
    }

    @Operation(summary = "Your organisation's notifications, newest first")
    @GetMapping("/api/v1/notifications")
    public Mono<Page<NotificationView>> list(@AuthenticationPrincipal Caller caller,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        if (caller.orgId().isEmpty()) {
            return Mono.error(Refusal.forbidden("Notifications are addressed to organisations").toException());
        }
        return notifications.of(caller.orgId().get(), PageQuery.of(page, size).orElseThrow())
                .map(p -> p.map(n -> new NotificationView(n.id(), n.type(), n.subject(),
                        json.readValue(n.payload(), Map.class), n.createdAt())));
    }
}
