package cn.sz.dataexchange.settlement.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A journal entry's id. Entries of the trade life cycle get an id derived from what they record
 * (entry type and business reference), so recording the same fact twice, e.g. after a crash and a
 * retry, yields the same id and the ledger (or a primary key) keeps it once. See ADR 0042.
 */
public record EntryId(UUID value) {

    public EntryId {
        Objects.requireNonNull(value, "value");
    }

    /** A name-based (version 3) UUID of {@code "<entry type code>:<reference>"}. */
    public static EntryId derived(EntryType type, String reference) {
        Identifiers.requireText(reference, "entry reference");
        byte[] name = (type.code() + ":" + reference).getBytes(StandardCharsets.UTF_8);
        return new EntryId(UUID.nameUUIDFromBytes(name));
    }

    public static EntryId of(String uuid) {
        return new EntryId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
