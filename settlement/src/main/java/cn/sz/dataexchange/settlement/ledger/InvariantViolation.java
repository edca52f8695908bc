package cn.sz.dataexchange.settlement.ledger;

/** A trade's journal breaks one of the settlement invariants; {@code invariant} is a stable slug. */
public record InvariantViolation(String invariant, String detail) {
}
