package cn.sz.dataexchange.contracts.signing.internal;

import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import java.util.List;

/** One step of a verification: a value to carry on with, or the problems that end it. */
public sealed interface Step<T> {

    record Ok<T>(T value) implements Step<T> {
    }

    record Failed<T>(List<SignatureProblem> problems) implements Step<T> {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    static <T> Step<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Step<T> failed(int index, String kid, SignatureProblem.Code code, String detail) {
        return new Failed<>(List.of(SignatureProblem.of(index, kid, code, detail)));
    }
}
