package cn.sz.dataexchange.contracts.receipt;

import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The verified receipt (when the signature itself held), and every problem found. Valid when there is none. */
public record ReceiptReport(Optional<DeliveryReceipt> receipt, List<SignatureProblem> problems) {

    public ReceiptReport {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && receipt.isPresent();
    }

    public boolean has(SignatureProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    public String describe() {
        return isValid() ? "valid receipt: " + receipt.get()
                : "invalid: " + problems.stream().map(SignatureProblem::toString).collect(Collectors.joining("; "));
    }
}
