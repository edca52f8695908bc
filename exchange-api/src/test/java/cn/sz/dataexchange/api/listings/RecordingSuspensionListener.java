package cn.sz.dataexchange.api.listings;

import cn.sz.dataexchange.api.listings.application.ListingSuspensionListener;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A suspension listener for tests (picked up by component scanning of the test class path, so the
 * shared test context stays one): records every call so tests can see the hook trading uses.
 */
@Component
public class RecordingSuspensionListener implements ListingSuspensionListener {

    private final List<UUID> suspended = new CopyOnWriteArrayList<>();
    private final List<UUID> delisted = new CopyOnWriteArrayList<>();

    @Override
    public Mono<Void> listingSuspended(UUID listingId, String reason, Instant at) {
        return Mono.fromRunnable(() -> suspended.add(listingId));
    }

    @Override
    public Mono<Void> listingDelisted(UUID listingId, String reason, Instant at) {
        return Mono.fromRunnable(() -> delisted.add(listingId));
    }

    public List<UUID> suspended() {
        return List.copyOf(suspended);
    }

    public List<UUID> delisted() {
        return List.copyOf(delisted);
    }
}
