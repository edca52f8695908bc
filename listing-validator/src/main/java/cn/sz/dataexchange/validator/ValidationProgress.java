package cn.sz.dataexchange.validator;

/**
 * A progress event.
 *
 * @param phase     the current phase
 * @param bytesRead bytes of the asset consumed so far
 * @param rowsRead  records read so far
 */
public record ValidationProgress(ValidationPhase phase, long bytesRead, long rowsRead) {
}
