package cn.sz.dataexchange.validator;

/**
 * Hears about a validation's progress (every {@code ValidatorConfig.progressEveryBytes} and at
 * every phase change), e.g. to stream server-sent events. Called on the validating thread: return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(ValidationProgress progress);
}
