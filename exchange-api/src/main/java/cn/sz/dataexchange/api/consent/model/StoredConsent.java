package cn.sz.dataexchange.api.consent.model;

import cn.sz.dataexchange.validator.consent.ConsentRecord;
import java.util.Objects;

/**
 * A consent record as the ledger keeps it: the validator's view of it plus the optional signed
 * receipt (a compact JWS the data subject's app or the seller's consent system issued).
 */
public record StoredConsent(ConsentRecord record, String signedReceipt) {

    public StoredConsent {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(record.evidenceHash(), "evidenceHash");
        Objects.requireNonNull(record.noticeVersion(), "noticeVersion");
    }
}
