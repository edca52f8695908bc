package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.TradeId;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Contracts as signed (canonical JSON), the signatures on them and the buyer's delivery receipts. */
public interface TradeContracts {

    Mono<Void> saveContract(TradeId trade, StoredContract contract);

    Mono<StoredContract> contractOf(TradeId trade);

    /** Stores a party's signature; false if that role has signed already. */
    Mono<Boolean> saveSignature(TradeId trade, StoredSignature signature);

    Flux<StoredSignature> signaturesOf(TradeId trade);

    Mono<Void> saveReceipt(TradeId trade, StoredReceipt receipt);

    /** The contract document as signed: RFC 8785 canonical JSON and its SHA-256. */
    record StoredContract(String contractId, String canonicalJson, String digestHex, Instant createdAt) {
    }

    record StoredSignature(String role, String kid, Instant signedAt, String jws, Instant receivedAt) {
    }

    record StoredReceipt(String kid, String sha256, long bytes, Instant receivedAt, String jws, Instant recordedAt) {
    }

    static List<String> jwsOf(List<StoredSignature> signatures) {
        return signatures.stream().map(StoredSignature::jws).toList();
    }
}
