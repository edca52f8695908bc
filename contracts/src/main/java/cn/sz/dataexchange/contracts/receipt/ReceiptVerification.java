package cn.sz.dataexchange.contracts.receipt;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_NOT_OWNED_BY_PARTY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.MALFORMED_RECEIPT;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.RECEIPT_HASH_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.RECEIPT_SIZE_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.RECEIPT_TRADE_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.UNKNOWN_ROLE;

import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.ContractSignatureVerification;
import cn.sz.dataexchange.contracts.signing.JwsHeaders;
import cn.sz.dataexchange.contracts.signing.KeyDirectory;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import cn.sz.dataexchange.contracts.signing.internal.JwsParsing;
import cn.sz.dataexchange.contracts.signing.internal.ParsedJws;
import cn.sz.dataexchange.contracts.signing.internal.SignerCheck;
import cn.sz.dataexchange.contracts.signing.internal.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a buyer's receipt with the same header, key and time rules as contract signatures, then
 * checks the receipt names this trade and the delivered file's SHA-256 and size.
 */
public final class ReceiptVerification {

    private final Clock clock;
    private final Duration allowedSkew;

    public ReceiptVerification(Clock clock) {
        this(clock, ContractSignatureVerification.DEFAULT_CLOCK_SKEW);
    }

    public ReceiptVerification(Clock clock, Duration allowedSkew) {
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    public ReceiptReport verify(String compactJws, ExpectedDelivery expected, KeyDirectory keys) {
        Step<ParsedJws> parsed = JwsParsing.parseAttached(0, compactJws, JwsHeaders.TYPE_RECEIPT);
        if (parsed instanceof Step.Failed<ParsedJws> failed) {
            return new ReceiptReport(Optional.empty(), failed.problems());
        }
        ParsedJws jws = ((Step.Ok<ParsedJws>) parsed).value();
        if (!jws.stringHeader(JwsHeaders.ROLE).flatMap(PartyRole::fromCode).equals(Optional.of(PartyRole.BUYER))) {
            return problem(jws, UNKNOWN_ROLE, "a receipt is signed by the buyer (\"" + JwsHeaders.ROLE + "\": \"buyer\")");
        }
        Optional<DeliveryReceipt> receipt = ReceiptDocument.read(jws.payload());
        if (receipt.isEmpty()) {
            return problem(jws, MALFORMED_RECEIPT, "the payload is not a delivery receipt");
        }
        Step<RegisteredKey> key = new SignerCheck(keys, clock.instant(), allowedSkew).check(jws, expected.deliveredFrom());
        if (key instanceof Step.Failed<RegisteredKey> failed) {
            return new ReceiptReport(Optional.empty(), failed.problems());
        }
        List<SignatureProblem> problems = new ArrayList<>();
        RegisteredKey registered = ((Step.Ok<RegisteredKey>) key).value();
        if (!registered.owner().equals(expected.buyer())) {
            problems.add(SignatureProblem.of(0, jws.kid(), KEY_NOT_OWNED_BY_PARTY,
                    "the key belongs to " + registered.owner() + ", not to the buyer " + expected.buyer()));
        }
        problems.addAll(contentProblems(jws, receipt.get(), expected));
        return new ReceiptReport(receipt, problems);
    }

    private List<SignatureProblem> contentProblems(ParsedJws jws, DeliveryReceipt receipt, ExpectedDelivery expected) {
        List<SignatureProblem> problems = new ArrayList<>();
        if (!receipt.tradeId().equals(expected.tradeId())) {
            problems.add(SignatureProblem.of(0, jws.kid(), RECEIPT_TRADE_MISMATCH, "the receipt is for trade " + receipt.tradeId()));
        }
        if (!receipt.sha256().equals(expected.sha256())) {
            problems.add(SignatureProblem.of(0, jws.kid(), RECEIPT_HASH_MISMATCH,
                    "received " + receipt.sha256() + ", delivered " + expected.sha256()));
        }
        if (receipt.bytes() != expected.bytes()) {
            problems.add(SignatureProblem.of(0, jws.kid(), RECEIPT_SIZE_MISMATCH,
                    "received " + receipt.bytes() + " bytes, delivered " + expected.bytes()));
        }
        if (receipt.receivedAt().isAfter(jws.signedAt().plus(allowedSkew))
                || receipt.receivedAt().isBefore(expected.deliveredFrom().minus(allowedSkew))) {
            problems.add(SignatureProblem.of(0, jws.kid(), MALFORMED_RECEIPT,
                    "receivedAt " + receipt.receivedAt() + " is after the signing time or before delivery began"));
        }
        return problems;
    }

    private static ReceiptReport problem(ParsedJws jws, SignatureProblem.Code code, String detail) {
        return new ReceiptReport(Optional.empty(), List.of(SignatureProblem.of(0, jws.kid(), code, detail)));
    }
}
