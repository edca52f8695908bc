package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.model.TradeId;
import cn.sz.dataexchange.contracts.receipt.DeliveredFile;
import cn.sz.dataexchange.contracts.receipt.DeliveryReceipt;
import cn.sz.dataexchange.contracts.receipt.ReceiptSigning;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** sign-receipt: hashes the delivered file and prints the buyer's receipt JWS. */
final class SignReceiptCommand implements Command {

    public String name() {
        return "sign-receipt";
    }

    public String usage() {
        return "sign-receipt --key private.jwk.json --trade TRADE_ID --file delivered.csv [--received-at 2026-11-23T10:00:00Z]";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("key", "trade", "file", "received-at"), Set.of());
        SigningKey key = Inputs.signingKey(args);
        String trade = args.required("trade");
        if (!TradeId.isValid(trade)) {
            throw new BadInput("--trade: not a trade id");
        }
        DeliveredFile file;
        try {
            file = DeliveredFile.of(Path.of(args.required("file")));
        } catch (IOException | RuntimeException e) {
            throw new BadInput("--file: cannot read " + args.required("file"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant receivedAt = args.optional("received-at").map(v -> Inputs.instant(v, "--received-at")).orElse(now);
        DeliveryReceipt receipt = new DeliveryReceipt(new TradeId(trade), file.sha256(), file.bytes(), receivedAt);
        console.err().printf("Receipt for trade %s: %d bytes, SHA-256 %s, received %s, key %s%n", trade, file.bytes(),
                file.sha256().hex(), receivedAt, key.kid());
        console.out().println(ReceiptSigning.sign(receipt, key, now));
        return OK;
    }
}
