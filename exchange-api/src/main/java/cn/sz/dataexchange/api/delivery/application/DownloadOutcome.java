package cn.sz.dataexchange.api.delivery.application;

/** How a logged download ended; {@link #code()} is what the download log stores. */
public enum DownloadOutcome {

    /** Every byte of the range was written to the connection. */
    COMPLETE("complete"),

    /** The connection took every byte the asset had, and the asset ended before the range did. */
    SHORT("short"),

    /** The connection closed or failed before every byte of the range was written. */
    CANCELLED("cancelled"),

    /** Reading the asset failed. */
    FAILED("failed");

    private final String code;

    DownloadOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
