package cn.sz.dataexchange.api.reconciliation.model;

/** One disagreement, with both sides' records as they were found (either may be null when missing). */
public record Mismatch(MismatchKind kind, OperationKind operation, String reference, MoneyRecord ledger,
                       MoneyRecord gateway, String detail) {
}
