package cn.sz.dataexchange.api.review.web;

import cn.sz.dataexchange.api.listings.application.ChangingListingStatus;
import cn.sz.dataexchange.api.listings.application.ViewingListings;
import cn.sz.dataexchange.api.review.application.DecidingOnListing;
import cn.sz.dataexchange.api.review.application.QueueItem;
import cn.sz.dataexchange.api.review.application.ReviewDecisions;
import cn.sz.dataexchange.api.review.application.ReviewQueue;
import cn.sz.dataexchange.api.review.application.RiskFlag;
import cn.sz.dataexchange.api.review.model.Decision;
import cn.sz.dataexchange.api.review.model.ReviewDecision;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Administrators review listings: the queue, decisions with reasons, suspension and delisting. */
@RestController
public class ReviewController {

    private final ReviewQueue queue;
    private final DecidingOnListing deciding;
    private final ReviewDecisions decisions;
    private final ChangingListingStatus changing;
    private final ViewingListings viewing;

    public ReviewController(ReviewQueue queue, DecidingOnListing deciding, ReviewDecisions decisions,
                            ChangingListingStatus changing, ViewingListings viewing) {
        this.queue = queue;
        this.deciding = deciding;
        this.decisions = decisions;
        this.changing = changing;
        this.viewing = viewing;
    }

    /** A decision: APPROVE, REJECT or REQUEST_CHANGES, a reason the seller sees, conditions for an approval. */
    public record DecisionRequest(@NotNull Decision decision, @NotBlank @Size(max = 4000) String reason,
                                  @Size(max = 20) List<@NotBlank @Size(max = 1000) String> conditions) {
    }

    /** Why a product is taken off sale. */
    public record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    /** A decision as recorded, with the listing's status after it and the four-eyes count. */
    public record DecisionView(ReviewDecision decision, String listingStatus, int approvalsRequired, int approvals,
                               boolean awaitingAnotherApproval) {
    }

    /** The listing's status after a suspension or delisting. */
    public record StatusView(UUID listingId, String status, long revision) {
    }

    @Operation(summary = "Listings waiting for review with validation summary, risk flags and the counts of what "
            + "validation found (admin, regulator)", description = """
            Oldest first. flag (repeatable) keeps the items carrying every flag named: declared ones (PERSONAL_DATA, \
            SENSITIVE_DATA, BIOMETRIC_DATA, MINORS, CROSS_BORDER, PUBLIC_DATA_SOURCES) and found ones (CHILDREN_FOUND, \
            SENSITIVE_DATA_FOUND, UNDECLARED_IDENTIFIERS, K_ANONYMITY_BELOW_THRESHOLD, PUBLIC_DATA_OVERLAP). sort names \
            a found flag: items with the highest count of it come first (then oldest first).""")
    @GetMapping("/api/v1/review/queue")
    public Mono<Page<QueueItem>> queue(@RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @RequestParam(name = "flag", required = false) List<String> flags,
                                       @RequestParam(required = false) String sort) {
        Set<RiskFlag> wanted = EnumSet.noneOf(RiskFlag.class);
        for (String f : flags == null ? List.<String>of() : flags) {
            wanted.add(flag("flag", f));
        }
        Optional<RiskFlag> sortBy = Optional.ofNullable(sort).map(s -> flag("sort", s));
        if (sortBy.isPresent() && !sortBy.get().found()) {
            throw Refusal.invalidField("sort", "must name a flag of what validation found: " + foundFlags()).toException();
        }
        return queue.waiting(PageQuery.of(page, size).orElseThrow(), wanted, sortBy);
    }

    private static RiskFlag flag(String parameter, String value) {
        try {
            return RiskFlag.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalidField(parameter, "unknown risk flag " + value + "; one of "
                    + java.util.Arrays.toString(RiskFlag.values())).toException();
        }
    }

    private static List<String> foundFlags() {
        return java.util.Arrays.stream(RiskFlag.values()).filter(RiskFlag::found).map(Enum::name).toList();
    }

    @Operation(summary = "Decide on the version under review (admin); sensitive or biometric data need two administrators")
    @PostMapping("/api/v1/listings/{id}/decisions")
    public Mono<DecisionView> decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest body,
                                     @AuthenticationPrincipal Caller caller) {
        var command = new DecidingOnListing.Decide(body.decision(), body.reason(),
                body.conditions() == null ? List.of() : body.conditions());
        return deciding.decide(caller, id, command).map(r -> {
            DecidingOnListing.Decided d = r.orElseThrow();
            return new DecisionView(d.decision(), d.listing().status().name(), d.approvalsRequired(), d.approvals(),
                    d.decision().decision() == Decision.APPROVE && !d.decision().settled());
        });
    }

    @Operation(summary = "Every decision on a listing: who, when, why, on which report (its seller, admin, regulator)")
    @GetMapping("/api/v1/listings/{id}/decisions")
    public Mono<List<ReviewDecision>> decisions(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(caller, id).flatMap(r -> decisions.of(r.orElseThrow().id()));
    }

    @Operation(summary = "Suspend a listed product, with a reason (admin)")
    @PostMapping("/api/v1/listings/{id}/suspend")
    public Mono<StatusView> suspend(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                    @AuthenticationPrincipal Caller caller) {
        return changing.suspend(caller, id, body.reason())
                .map(r -> r.orElseThrow()).map(l -> new StatusView(l.id(), l.status().name(), l.revision()));
    }

    @Operation(summary = "Delist a product for good, with a reason (admin, or its seller)")
    @PostMapping("/api/v1/listings/{id}/delist")
    public Mono<StatusView> delist(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body,
                                   @AuthenticationPrincipal Caller caller) {
        return changing.delist(caller, id, body.reason())
                .map(r -> r.orElseThrow()).map(l -> new StatusView(l.id(), l.status().name(), l.revision()));
    }
}
