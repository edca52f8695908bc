package cn.sz.dataexchange.api.identity.model;

import java.util.Objects;
import java.util.UUID;

/** An organisation's identifier. */
public record OrgId(UUID value) {

    public OrgId {
        Objects.requireNonNull(value, "value");
    }

    public static OrgId random() {
        return new OrgId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
