package cn.sz.dataexchange.api.enforcement.model;

import java.util.Objects;
import java.util.UUID;

/** A case's identifier. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** The audit stream of the case. */
    public String stream() {
        return "case:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
