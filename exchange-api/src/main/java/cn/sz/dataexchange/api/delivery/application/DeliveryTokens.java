package cn.sz.dataexchange.api.delivery.application;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Delivery tokens (stored by their SHA-256 only) and the download log. */
public interface DeliveryTokens {

    Mono<Void> insert(IssuedToken token);

    /** Marks the token used if it is unused and unexpired at {@code now}; empty otherwise. */
    Mono<IssuedToken> consume(String tokenHash, UUID buyerOrg, Instant now);

    Mono<IssuedToken> find(String tokenHash);

    Mono<Void> downloadStarted(Download download);

    Mono<Void> downloadFinished(UUID downloadId, long bytesSent, DownloadOutcome outcome, Instant at);

    Mono<Instant> firstIssuedAt(UUID tradeId);

    Mono<Boolean> anyDownload(UUID tradeId);

    /** A token as stored. */
    record IssuedToken(String tokenHash, UUID tradeId, UUID buyerOrg, Instant issuedAt, Instant expiresAt,
                       Instant usedAt) {
    }

    /** One logged download: which bytes of which trade's asset, to which client, when. */
    record Download(UUID id, UUID tradeId, String tokenHash, String clientId, long rangeStart, long rangeEnd,
                    Instant startedAt) {
    }
}
