package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.model.TradeContract;
import cn.sz.dataexchange.contracts.receipt.DeliveredFile;
import cn.sz.dataexchange.contracts.receipt.ExpectedDelivery;
import cn.sz.dataexchange.contracts.receipt.ReceiptReport;
import cn.sz.dataexchange.contracts.receipt.ReceiptVerification;
import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * verify-receipt: checks a buyer's receipt against the contract (trade, buyer, asset SHA-256) and
 * the delivered file (its size), with the buyer's registered key.
 */
final class VerifyReceiptCommand implements Command {

    public String name() {
        return "verify-receipt";
    }

    public String usage() {
        return "verify-receipt --receipt JWS|@file --contract contract.json --keys keys.json --file delivered.csv";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("receipt", "contract", "keys", "file"), Set.of());
        String receipt = Arguments.inlineOrFile(args.required("receipt"), "--receipt");
        TradeContract contract = Inputs.contract(args).contract().contract();
        DeliveredFile file;
        try {
            file = DeliveredFile.of(Path.of(args.required("file")));
        } catch (IOException | RuntimeException e) {
            throw new BadInput("--file: cannot read " + args.required("file"));
        }
        ExpectedDelivery expected = new ExpectedDelivery(contract.tradeId(), contract.parties().buyer().orgId(),
                contract.product().assetSha256(), file.bytes(), contract.createdAt());
        ReceiptReport report = new ReceiptVerification(clock).verify(receipt, expected, Inputs.keyDirectory(args));
        report.receipt().ifPresent(r -> console.out().printf("receipt for trade %s: %d bytes, SHA-256 %s, received %s%n",
                r.tradeId(), r.bytes(), r.sha256().hex(), r.receivedAt()));
        if (!file.sha256().equals(contract.product().assetSha256())) {
            console.out().println("  note: the file given is not the contracted asset (SHA-256 " + file.sha256().hex() + ")");
        }
        for (SignatureProblem p : report.problems()) {
            console.out().println("  FAIL " + p);
        }
        console.out().println(report.isValid() ? "VALID" : "INVALID");
        return report.isValid() ? OK : INVALID;
    }
}
