package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.consent.model.ConsentWithdrawal;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Port: what else a withdrawal changes (Art. 22). The listings area implements it: every listed
 * product whose consent coverage the withdrawal breaks is suspended. Called inside the
 * withdrawal's transaction, after the ledger has changed.
 */
@FunctionalInterface
public interface WithdrawalConsequences {

    /** Returns the listings suspended because of it. */
    Mono<List<UUID>> consentWithdrawn(ConsentWithdrawal withdrawal);
}
