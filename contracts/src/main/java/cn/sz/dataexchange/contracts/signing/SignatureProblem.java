package cn.sz.dataexchange.contracts.signing;

/**
 * One thing wrong with a submitted signature or receipt, or with the set of signatures as a whole.
 *
 * @param index position of the signature in the list given to the verifier; -1 for the set as a whole
 * @param kid the key id from the header, when one could be read; else null
 */
public record SignatureProblem(int index, String kid, Code code, String detail) {

    /** Stable codes for callers, logs and HTTP problem details. */
    public enum Code {
        MALFORMED_JWS,
        PAYLOAD_NOT_DETACHED,
        ALGORITHM_NOT_ALLOWED,
        UNSUPPORTED_HEADER,
        WRONG_TYPE,
        MISSING_KEY_ID,
        MISSING_SIGNING_TIME,
        UNKNOWN_ROLE,
        CONTRACT_MISMATCH,
        DIGEST_MISMATCH,
        UNKNOWN_KEY,
        KEY_ALGORITHM_MISMATCH,
        BAD_SIGNATURE,
        KEY_NOT_YET_REGISTERED,
        KEY_REVOKED,
        SIGNING_TIME_IN_FUTURE,
        SIGNING_TIME_TOO_EARLY,
        KEY_NOT_OWNED_BY_PARTY,
        DUPLICATE_ROLE,
        REQUIRED_PARTY_MISSING,
        COUNTERSIGNATURE_MISMATCH,
        MALFORMED_RECEIPT,
        RECEIPT_TRADE_MISMATCH,
        RECEIPT_HASH_MISMATCH,
        RECEIPT_SIZE_MISMATCH
    }

    public static SignatureProblem of(int index, String kid, Code code, String detail) {
        return new SignatureProblem(index, kid, code, detail);
    }

    @Override
    public String toString() {
        String where = index < 0 ? "signatures" : "signature #" + index + (kid == null ? "" : " (kid " + kid + ")");
        return where + ": " + code + " - " + detail;
    }
}
