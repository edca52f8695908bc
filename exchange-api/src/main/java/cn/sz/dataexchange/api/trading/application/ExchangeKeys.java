package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The exchange's own contract-countersigning keys: the current one to sign with, all of them to verify. */
public interface ExchangeKeys {

    Mono<CurrentKey> current();

    Flux<RegisteredKey> all();

    /** The private key to countersign with, and how verifiers know it. */
    record CurrentKey(SigningKey signing, RegisteredKey registered) {
    }
}
