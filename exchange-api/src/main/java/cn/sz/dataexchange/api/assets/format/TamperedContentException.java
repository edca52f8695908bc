package cn.sz.dataexchange.api.assets.format;

/** Stored content failed authentication: tampered, truncated, or read with the wrong key. A broken store, not bad input. */
public final class TamperedContentException extends RuntimeException {

    public TamperedContentException(String message) {
        super(message);
    }
}
