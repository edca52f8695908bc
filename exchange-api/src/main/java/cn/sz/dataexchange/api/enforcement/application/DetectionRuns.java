package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Art. 69 detection runs and their findings. */
public interface DetectionRuns {

    Mono<Void> start(Run run);

    Mono<Void> finish(UUID runId, Counts counts, String state, Optional<String> error, Instant at);

    /** Records a finding; a rerun of the same run records the same sequence number once. */
    Mono<Void> addFinding(UUID runId, Finding finding);

    Mono<Run> find(UUID runId);

    Mono<Page<Run>> list(PageQuery page);

    Flux<Finding> findingsOf(UUID runId);

    record Run(UUID id, String trigger, String requestedBy, String state, String policy, Instant startedAt,
               Optional<Instant> finishedAt, Counts counts, Optional<String> error) {
    }

    record Counts(long tradesScanned, long groupsCompared, long pairsCompared, int findings, int casesOpened) {

        public static Counts none() {
            return new Counts(0, 0, 0, 0, 0);
        }
    }

    /** {@code evidence} is JSON: the comparisons with both trades, prices, spread and notes. */
    record Finding(int seq, UUID seller, UUID listingId, long listPriceFen, String evidence, List<UUID> tradeIds,
                   UUID caseId, boolean caseCreated) {
    }
}
