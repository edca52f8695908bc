package cn.sz.dataexchange.api.audit;

import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Read access to the audit log for administrators and regulators, and verification of its chains. */
@RestController
public class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "Audit events: one stream in order, or all streams after a sequence number (admin, regulator)")
    @GetMapping("/api/v1/audit/events")
    public Mono<List<AuditEvent>> events(@RequestParam(required = false) String stream,
                                         @RequestParam(defaultValue = "0") long after,
                                         @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(Refusal.invalidField("limit", "must be between 1 and " + MAX_LIMIT).toException());
        }
        if (stream != null) {
            return audit.stream(stream).skipWhile(e -> e.seq() <= after).take(limit).collectList();
        }
        return audit.since(after, limit).collectList();
    }

    @Operation(summary = "Recompute a stream's hash chain and report the first break, if any (admin, regulator)")
    @GetMapping("/api/v1/audit/verification")
    public Mono<Map<String, Object>> verify(@RequestParam String stream) {
        return audit.stream(stream).collectList().map(events -> {
            var broken = AuditChain.firstBreak(events);
            return Map.<String, Object>of(
                    "stream", stream,
                    "events", events.size(),
                    "intact", broken.isEmpty(),
                    "head", events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).hash(),
                    "firstBreak", broken.<Object>map(b -> b).orElse(Map.of()));
        });
    }
}
