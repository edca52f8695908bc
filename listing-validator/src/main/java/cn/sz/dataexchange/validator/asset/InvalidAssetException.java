package cn.sz.dataexchange.validator.asset;

/** The asset cannot be read as the declared format (bad input, not a rule finding). */
public final class InvalidAssetException extends RuntimeException {

    public InvalidAssetException(String message) {
        super(message);
    }

    public InvalidAssetException(String message, Throwable cause) {
        super(message, cause);
    }
}
