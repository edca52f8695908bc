package cn.sz.dataexchange.validator.json;

/** A manifest, consent file, catalog or fingerprint file that cannot be read: bad input, with a message fit for the user. */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
