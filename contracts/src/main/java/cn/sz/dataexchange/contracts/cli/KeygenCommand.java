package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.signing.KeyGeneration;
import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Set;

/** keygen: writes a new private JWK (owner-only permissions) and prints the public JWK to register. */
final class KeygenCommand implements Command {

    public String name() {
        return "keygen";
    }

    public String usage() {
        return "keygen --alg ES256|EdDSA --out private.jwk.json [--force]";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("alg", "out", "force"), Set.of("force"));
        SigningAlgorithm algorithm = SigningAlgorithm.fromJoseName(args.required("alg"))
                .orElseThrow(() -> new BadInput("--alg must be ES256 or EdDSA"));
        Path out = Path.of(args.required("out"));
        if (Files.exists(out) && !args.flag("force")) {
            throw new BadInput("--out: " + out + " exists; pass --force to replace it");
        }
        SigningKey key = KeyGeneration.generate(algorithm);
        write(out, key.privateJwkJson() + "\n");
        console.out().println(key.publicJwkJson());
        console.err().println("Private key written to " + out + " (keep it secret). Register the public JWK above"
                + " with the exchange; its kid is " + key.kid());
        return OK;
    }

    private static void write(Path out, String text) {
        try {
            Files.deleteIfExists(out);
            try {
                Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(out);
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput("--out: cannot write " + out + " (" + e.getMessage() + ")");
        }
    }
}
