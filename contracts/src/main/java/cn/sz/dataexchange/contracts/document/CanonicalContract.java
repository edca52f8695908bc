package cn.sz.dataexchange.contracts.document;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.TradeContract;
import java.util.Objects;

/** A contract together with the RFC 8785 canonical bytes of its document: what is signed, hashed and stored. */
public record CanonicalContract(TradeContract contract, CanonicalJson canonical) {

    public CanonicalContract {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(canonical, "canonical");
    }

    public static CanonicalContract of(TradeContract contract) {
        return new CanonicalContract(contract, CanonicalJson.of(ContractDocument.toJson(contract)));
    }

    /** The canonical UTF-8 bytes (a copy). */
    public byte[] bytes() {
        return canonical.bytes();
    }

    public Sha256Digest digest() {
        return canonical.digest();
    }
}
