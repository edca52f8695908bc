package cn.sz.dataexchange.contracts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.Fixtures;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Fixtures.CREATED_AT.plus(Duration.ofHours(2)), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path contract;
    private Path keys;

    @BeforeEach
    void writeTheContractAndTheBuyersKey() throws IOException {
        contract = dir.resolve("contract.json");
        Files.writeString(contract, ContractEnvelope.toText(Fixtures.canonicalContract(), List.of()));
        Run keygen = run("keygen", "--alg", "EdDSA", "--out", dir.resolve("buyer.jwk.json").toString());
        assertThat(keygen.code).isZero();
        keys = dir.resolve("keys.json");
        writeKeys(Map.of(Fixtures.BUYER.orgId(), keygen.out.strip()));
    }

    @Test
    void keygen_prints_the_public_jwk_and_keeps_the_private_one_in_the_file() throws IOException {
        Run run = run("keygen", "--alg", "ES256", "--out", dir.resolve("k.json").toString());

        assertThat(run.code).isZero();
        assertThat(JsonParser.parseObject(run.out)).containsEntry("kty", "EC").containsEntry("crv", "P-256").doesNotContainKey("d");
        assertThat(JsonParser.parseObject(Files.readString(dir.resolve("k.json")))).containsKey("d");
        assertThat(run("keygen", "--alg", "ES256", "--out", dir.resolve("k.json").toString()).code).isEqualTo(2);
    }

    @Test
    void a_buyer_signs_and_the_signature_verifies_with_exit_code_0() throws IOException {
        Run sign = run("sign", "--key", dir.resolve("buyer.jwk.json").toString(), "--contract", contract.toString());
        assertThat(sign.code).as(sign.err).isZero();
        assertThat(sign.err).contains("as buyer", "Pearl River Analytics Ltd.", Fixtures.canonicalContract().digest().hex());
        Files.writeString(dir.resolve("buyer.jws"), sign.out);

        Run verify = run("verify", "--contract", contract.toString(), "--keys", keys.toString(),
                "--signature", "@" + dir.resolve("buyer.jws"), "--require", "buyer");

        assertThat(verify.code).as(verify.out).isZero();
        assertThat(verify.out).contains("ok   #0 buyer org-buyer-7", "VALID");
    }

    @Test
    void verify_exits_with_1_when_parties_have_not_signed() {
        Run sign = run("sign", "--key", dir.resolve("buyer.jwk.json").toString(), "--contract", contract.toString());

        Run verify = run("verify", "--contract", contract.toString(), "--keys", keys.toString(), "--signature", sign.out);

        assertThat(verify.code).isEqualTo(1);
        assertThat(verify.out).contains("REQUIRED_PARTY_MISSING", "INVALID");
    }

    @Test
    void sign_refuses_with_1_an_envelope_whose_digest_does_not_match_its_contract() throws IOException {
        Files.writeString(contract, Files.readString(contract).replace(Fixtures.canonicalContract().digest().hex(), "0".repeat(64)));

        assertThat(run("sign", "--key", dir.resolve("buyer.jwk.json").toString(), "--contract", contract.toString()).code).isEqualTo(1);
    }

    @Test
    void a_tampered_contract_file_is_reported_invalid() throws IOException {
        Run sign = run("sign", "--key", dir.resolve("buyer.jwk.json").toString(), "--contract", contract.toString());
        Map<String, Object> tampered = JsonParser.parseObject(Fixtures.canonicalContract().canonical().text());
        @SuppressWarnings("unchecked")
        Map<String, Object> price = (Map<String, Object>) tampered.get("price");
        price.put("amountFen", java.math.BigInteger.ONE);
        Path bare = dir.resolve("tampered.json");
        Files.writeString(bare, JsonWriter.pretty(tampered));

        Run verify = run("verify", "--contract", bare.toString(), "--keys", keys.toString(), "--signature", sign.out,
                "--require", "none");

        assertThat(verify.code).isEqualTo(1);
        assertThat(verify.out).contains("DIGEST_MISMATCH");
    }

    @Test
    void the_buyer_signs_a_delivery_receipt_that_verifies_against_the_contract() throws IOException {
        Path delivered = dir.resolve("delivered.csv");
        Files.writeString(delivered, "trade,amount\n1,100\n");
        Run receipt = run("sign-receipt", "--key", dir.resolve("buyer.jwk.json").toString(), "--trade", "trade-9001",
                "--file", delivered.toString());
        assertThat(receipt.code).as(receipt.err).isZero();

        Run verify = run("verify-receipt", "--receipt", receipt.out, "--contract", contract.toString(),
                "--keys", keys.toString(), "--file", delivered.toString());
        assertThat(verify.code).as(verify.out).isZero();

        Files.writeString(delivered, "trade,amount\n1,999\n");
        Run other = run("sign-receipt", "--key", dir.resolve("buyer.jwk.json").toString(), "--trade", "trade-9001",
                "--file", delivered.toString());
        Run refused = run("verify-receipt", "--receipt", other.out, "--contract", contract.toString(),
                "--keys", keys.toString(), "--file", delivered.toString());
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.out).contains("RECEIPT_HASH_MISMATCH");
    }

    @Test
    void bad_input_exits_with_2_and_a_message_never_a_stack_trace() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{\"contract\": ");
        List<Run> runs = List.of(
                run("sign", "--contract", contract.toString()),
                run("sign", "--key", dir.resolve("missing.json").toString(), "--contract", contract.toString()),
                run("sign", "--key", dir.resolve("buyer.jwk.json").toString(), "--contract", dir.resolve("broken.json").toString()),
                run("sign", "--key", contract.toString(), "--contract", contract.toString()),
                run("verify", "--contract", contract.toString(), "--keys", contract.toString()),
                run("keygen", "--alg", "RS256", "--out", dir.resolve("x.json").toString()),
                run("frobnicate"),
                run("sign", "--bogus", "1"));

        for (Run r : runs) {
            assertThat(r.code).as(r.err).isEqualTo(2);
            assertThat(r.err).startsWith("error: ").doesNotContain("\tat ", "Exception:");
        }
    }

    @Test
    void digest_render_and_check_rendering_agree_on_the_digest() throws IOException {
        Run digest = run("digest", "--contract", contract.toString());
        Run render = run("render", "--contract", contract.toString(), "--lang", "en");
        Files.writeString(dir.resolve("contract.en.md"), render.out);

        assertThat(digest.out.lines().findFirst()).contains(Fixtures.canonicalContract().digest().hex());
        assertThat(render.out).contains("Digest SHA-256: " + Fixtures.canonicalContract().digest().hex());
        assertThat(run("check-rendering", "--contract", contract.toString(), "--rendering",
                dir.resolve("contract.en.md").toString()).code).isZero();
    }

    private void writeKeys(Map<String, String> publicJwkByOrg) throws IOException {
        List<Object> entries = publicJwkByOrg.entrySet().stream().map(e -> {
            Map<String, Object> jwk = JsonParser.parseObject(e.getValue());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kid", jwk.get("kid"));
            entry.put("orgId", e.getKey());
            entry.put("jwk", jwk);
            entry.put("registeredAt", "2026-01-01T00:00:00Z");
            entry.put("revokedAt", cn.sz.dataexchange.contracts.json.JsonNull.NULL);
            return (Object) entry;
        }).toList();
        Files.writeString(keys, JsonWriter.pretty(Map.of("keys", entries)));
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ContractsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
