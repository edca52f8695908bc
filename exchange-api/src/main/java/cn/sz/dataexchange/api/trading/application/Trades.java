package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where trades are kept. A transition is saved only if nobody changed the trade since it was read. */
public interface Trades {

    Mono<Void> insert(Trade trade);

    Mono<Trade> find(TradeId id);

    /** Reads the trade and locks its row until the transaction ends (to serialise steps that are not conflicts). */
    Mono<Trade> findForUpdate(TradeId id);

    /** Saves the state (and escrow reference) a transition produced if the stored version is still {@code expectedVersion}; false otherwise. */
    Mono<Boolean> saveTransition(Trade after, long expectedVersion);

    /** Trades an organisation is party to (or all, for platform staff), newest first. */
    Mono<Page<Trade>> list(Optional<OrgId> party, Optional<TradeState> state, PageQuery page);

    Flux<Trade> ofListing(UUID listingId, Set<TradeState> states);
}
