package cn.sz.dataexchange.api.enforcement.web;

import cn.sz.dataexchange.api.enforcement.application.CaseHistory;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** How cases appear in the API. */
final class CaseViews {

    private CaseViews() {
    }

    record ListingVersionView(UUID listingId, int version) {
    }

    @Schema(description = "A violation case")
    record CaseView(UUID id, String state, long version, int violatedArticle, int penaltyArticle, UUID respondent,
                    String source, String summary, List<ListingVersionView> listingVersions, List<UUID> tradeIds,
                    Instant correctionDeadline, String openedBy, Instant openedAt, Instant updatedAt) {

        static CaseView of(EnforcementCase c) {
            return new CaseView(c.id().value(), c.state().name(), c.version(), c.facts().article().number(),
                    c.facts().article().penalty().code(), c.respondent().value(), c.source().name(), c.summary(),
                    c.facts().listings().stream().map(l -> new ListingVersionView(l.listingId(), l.version())).toList(),
                    List.copyOf(c.facts().trades()), c.correctionDeadline().orElse(null), c.openedBy(), c.openedAt(),
                    c.updatedAt());
        }
    }

    @Schema(description = "A page of cases")
    record CasePage(List<CaseView> items, int page, int size, long totalItems) {
    }

    @Schema(description = "One transition or recorded step of a case")
    record CaseEventView(int seq, String event, String from, String to, String actor, String reason, Map<?, ?> details,
                         Instant occurredAt) {

        static CaseEventView of(CaseHistory.Recorded r, JsonMapper json) {
            var e = r.entry();
            return new CaseEventView(r.seq(), e.event().name(), e.from() == null ? null : e.from().name(), e.to().name(),
                    e.actor(), e.reason(), json.readValue(e.details(), Map.class), e.at());
        }
    }
}
