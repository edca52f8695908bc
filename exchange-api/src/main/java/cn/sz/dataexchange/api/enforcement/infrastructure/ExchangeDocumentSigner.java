package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.DocumentSigner;
import cn.sz.dataexchange.api.trading.application.ExchangeKeys;
import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.signing.DocumentSigning;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Signs with the exchange's countersigning key, the one its contract countersignatures are made with (ADR 0062). */
@Component
class ExchangeDocumentSigner implements DocumentSigner {

    private final ExchangeKeys keys;

    ExchangeDocumentSigner(ExchangeKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<Signed> sign(CanonicalJson document, String kind, Instant at) {
        return keys.current().map(key -> new Signed(DocumentSigning.sign(document, kind, key.signing(), at),
                key.signing().kid(), key.registered().publicJwkJson()));
    }

    @Override
    public Mono<String> publicKey(String kid) {
        return keys.all().filter(k -> k.kid().equals(kid)).next().map(k -> k.publicJwkJson());
    }
}
