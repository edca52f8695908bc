package cn.sz.dataexchange.api.shared;

import java.util.function.Function;

/** The outcome of a business command: accepted with a value, or refused with a reason. */
public sealed interface Result<T> {

    record Accepted<T>(T value) implements Result<T> {
    }

    record Refused<T>(Refusal refusal) implements Result<T> {
    }

    static <T> Result<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return new Accepted<>(mapper.apply(accepted.value()));
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }

    default <U> Result<U> flatMap(Function<? super T, Result<U>> mapper) {
        if (this instanceof Accepted<T> accepted) {
            return mapper.apply(accepted.value());
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }

    /** At the HTTP edge: the value, or the refusal as an exception the problem handler maps. */
    default T orElseThrow() {
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw ((Refused<T>) this).refusal().toException();
    }
}
