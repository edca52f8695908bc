package cn.sz.dataexchange.contracts.json;

/**
 * Thrown when text is not JSON this module accepts (RFC 8259 and I-JSON, RFC 7493), or when a
 * value cannot be written canonically. Callers at the edge turn it into a "bad input" result.
 */
public final class MalformedJsonException extends RuntimeException {

    public MalformedJsonException(String message) {
        super(message);
    }
}
