package cn.sz.dataexchange.api.identity.model;

import java.util.Objects;

/** An API client's public identifier, used as {@code client_id} and as the token subject. */
public record ClientId(String value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
