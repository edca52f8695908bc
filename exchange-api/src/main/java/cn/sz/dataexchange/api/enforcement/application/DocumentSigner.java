package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Signs documents the exchange issues with its countersigning key (the one contracts are countersigned with). */
public interface DocumentSigner {

    Mono<Signed> sign(CanonicalJson document, String kind, Instant at);

    /** The compact detached JWS, the key id, and the public key as JSON (JWK) to verify with. */
    record Signed(String jws, String kid, String publicJwk) {
    }

    /** The exchange's public key of {@code kid}, as JSON (JWK); empty if unknown. */
    Mono<String> publicKey(String kid);
}
