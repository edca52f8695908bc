package cn.sz.dataexchange.api.audit;

import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Read access to the audit log for administrators and regulators, verification of its chains and
 * of its signed checkpoints, and an administrator's request for a checkpoint now.
 */
@RestController
public class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;

    public AuditController(AuditLog audit, AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
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

    @Operation(summary = "Recompute a stream's hash chain and check it still reaches the head its newest checkpoint "
            + "anchored; report the first break, if any (admin, regulator)")
    @GetMapping("/api/v1/audit/verification")
    public Mono<Map<String, Object>> verify(@RequestParam String stream) {
        return Mono.zip(audit.stream(stream).collectList(),
                checkpoints.anchorOf(stream).map(Optional::of).defaultIfEmpty(Optional.empty())).map(t -> {
            List<AuditEvent> events = t.getT1();
            Optional<Map<String, Object>> anchor = t.getT2();
            Optional<Map<String, Object>> broken = AuditChain.firstBreak(events)
                    .map(b -> Map.<String, Object>of("seq", b.seq(), "streamSeq", b.streamSeq(), "reason", b.reason()))
                    .or(() -> anchor.flatMap(a -> AuditCheckpointCheck.anchorProblem(events, (Integer) a.get("streamSeq"),
                                    (String) a.get("hash")))
                            .map(problem -> Map.<String, Object>of("checkpoint", anchor.get().get("checkpoint"),
                                    "reason", problem)));
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("stream", stream);
            report.put("events", events.size());
            report.put("intact", broken.isEmpty());
            report.put("head", events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).hash());
            report.put("anchoredBy", anchor.<Object>map(a -> a).orElse(Map.of()));
            report.put("firstBreak", broken.<Object>map(b -> b).orElse(Map.of()));
            return report;
        });
    }

    @Operation(summary = "Signed checkpoints of the audit log after a checkpoint number, oldest first (admin, regulator)")
    @GetMapping("/api/v1/audit/checkpoints")
    public Mono<List<AuditCheckpoint>> checkpoints(@RequestParam(defaultValue = "0") long after,
                                                   @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(Refusal.invalidField("limit", "must be between 1 and " + MAX_LIMIT).toException());
        }
        return checkpoints.list(after, limit).collectList();
    }

    @Operation(summary = "One checkpoint with the stream heads it anchors (admin, regulator)")
    @GetMapping("/api/v1/audit/checkpoints/{id}")
    public Mono<AuditCheckpoint> checkpoint(@PathVariable long id) {
        return checkpoints.withEntries(id).switchIfEmpty(Mono.error(() -> Refusal.notFound("Audit checkpoint", id)
                .toException()));
    }

    @Operation(summary = "Re-check the checkpoints after a number: digests, hashes, links and signatures (admin, regulator)")
    @GetMapping("/api/v1/audit/checkpoints/verification")
    public Mono<Map<String, Object>> verifyCheckpoints(@RequestParam(defaultValue = "0") long after,
                                                       @RequestParam(defaultValue = "100") int limit) {
        if (after < 0) {
            return Mono.error(Refusal.invalidField("after", "must be 0 or more").toException());
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(Refusal.invalidField("limit", "must be between 1 and " + MAX_LIMIT).toException());
        }
        Mono<String> start = after == 0 ? Mono.just(AuditChain.GENESIS)
                : checkpoints.withEntries(after).map(AuditCheckpoint::hash)
                        .switchIfEmpty(Mono.error(() -> Refusal.notFound("Audit checkpoint", after).toException()));
        return start.flatMap(prevHash -> checkpoints.list(after, limit)
                .concatMap(c -> checkpoints.withEntries(c.id()), 1)
                .collectList()
                .map(list -> {
                    String expectedPrev = prevHash;
                    long expectedId = after + 1;
                    List<Long> checked = new ArrayList<>();
                    Optional<AuditCheckpointCheck.Break> broken = Optional.empty();
                    for (AuditCheckpoint c : list) {
                        broken = AuditCheckpointCheck.check(c, expectedId, expectedPrev);
                        if (broken.isPresent()) {
                            break;
                        }
                        checked.add(c.id());
                        expectedPrev = c.hash();
                        expectedId++;
                    }
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("after", after);
                    report.put("checked", checked.size());
                    report.put("intact", broken.isEmpty());
                    report.put("lastId", checked.isEmpty() ? after : checked.get(checked.size() - 1));
                    report.put("lastHash", expectedPrev);
                    report.put("firstBreak", broken.<Object>map(b -> b).orElse(Map.of()));
                    return report;
                }));
    }

    @Operation(summary = "Make a checkpoint now of every stream that grew since the last one (admin); 204 when none did")
    @PostMapping("/api/v1/admin/audit/checkpoints")
    public Mono<ResponseEntity<AuditCheckpoint>> checkpointNow() {
        return checkpoints.checkpoint()
                .map(c -> ResponseEntity.status(HttpStatus.CREATED).body(c))
                .defaultIfEmpty(ResponseEntity.noContent().build());
    }
}
