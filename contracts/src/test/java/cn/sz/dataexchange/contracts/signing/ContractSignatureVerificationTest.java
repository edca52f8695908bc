package cn.sz.dataexchange.contracts.signing;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.ALGORITHM_NOT_ALLOWED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.BAD_SIGNATURE;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.COUNTERSIGNATURE_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.DIGEST_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.DUPLICATE_ROLE;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_ALGORITHM_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_NOT_OWNED_BY_PARTY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_NOT_YET_REGISTERED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_REVOKED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.MALFORMED_JWS;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.PAYLOAD_NOT_DETACHED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.REQUIRED_PARTY_MISSING;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.SIGNING_TIME_IN_FUTURE;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.SIGNING_TIME_TOO_EARLY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.UNKNOWN_KEY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.UNSUPPORTED_HEADER;
import static cn.sz.dataexchange.contracts.signing.TestKeys.BUYER_EDDSA;
import static cn.sz.dataexchange.contracts.signing.TestKeys.BUYER_ES256;
import static cn.sz.dataexchange.contracts.signing.TestKeys.EXCHANGE_EDDSA;
import static cn.sz.dataexchange.contracts.signing.TestKeys.SELLER_ES256;
import static cn.sz.dataexchange.contracts.signing.TestKeys.STRANGER_ES256;
import static cn.sz.dataexchange.contracts.signing.TestKeys.registered;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.Fixtures;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.model.Money;
import cn.sz.dataexchange.contracts.model.PartyRole;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractSignatureVerificationTest {

    private static final Instant SIGNED_AT = Fixtures.CREATED_AT.plus(Duration.ofHours(1));
    private static final Instant NOW = SIGNED_AT.plus(Duration.ofMinutes(1));

    private final CanonicalContract contract = Fixtures.canonicalContract();
    private final ContractSignatureVerification verification =
            new ContractSignatureVerification(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    private final KeyDirectory keys = KeyDirectory.of(List.of(registered(SELLER_ES256, Fixtures.SELLER),
            registered(BUYER_EDDSA, Fixtures.BUYER), registered(BUYER_ES256, Fixtures.BUYER),
            registered(EXCHANGE_EDDSA, Fixtures.EXCHANGE), registered(STRANGER_ES256, Fixtures.STRANGER)));

    @Test
    void accepts_es256_signatures_of_seller_and_buyer_countersigned_with_eddsa_by_the_exchange() {
        SignatureReport report = verification.verifyComplete(contract, allSigned(BUYER_ES256), keys);

        assertThat(report.isValid()).as(report.describe()).isTrue();
        assertThat(report.signedRoles()).containsExactlyInAnyOrder(PartyRole.values());
        assertThat(report.digest()).isEqualTo(contract.digest());
    }

    @Test
    void accepts_an_eddsa_signature_of_the_buyer() {
        SignatureReport report = verification.verifyComplete(contract, allSigned(BUYER_EDDSA), keys);

        assertThat(report.isValid()).as(report.describe()).isTrue();
        assertThat(report.verified()).extracting(VerifiedSignature::kid).contains(BUYER_EDDSA.kid());
    }

    @Test
    void a_generic_jws_library_verifies_the_detached_signature_over_the_canonical_bytes() throws Exception {
        String jws = sign(PartyRole.SELLER, SELLER_ES256).jws();

        JWSObject parsed = JWSObject.parse(jws, new Payload(contract.bytes()));
        assertThat(parsed.verify(new ECDSAVerifier(ECKey.parse(SELLER_ES256.publicJwkJson())))).isTrue();
        assertThat(jws).contains("..");
    }

    @Test
    void refuses_signatures_against_a_tampered_contract() {
        SignatureReport report = verification.verifyComplete(tampered(), allSigned(BUYER_ES256), keys);

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SignatureProblem::code).contains(DIGEST_MISMATCH, REQUIRED_PARTY_MISSING);
        assertThat(report.verified()).isEmpty();
    }

    @Test
    void refuses_a_signature_whose_header_was_rewritten_to_name_the_tampered_contract() {
        CanonicalContract tampered = tampered();
        String original = sign(PartyRole.BUYER, BUYER_ES256).jws();
        Map<String, Object> header = new LinkedHashMap<>(SignedHeaders.peek(original).orElseThrow());
        header.put(JwsHeaders.CONTRACT_SHA256, tampered.digest().base64Url());
        String forgedHeader = com.nimbusds.jose.util.Base64URL.encode(
                cn.sz.dataexchange.contracts.json.JsonWriter.canonical(header).getBytes()).toString();
        String forged = forgedHeader + ".." + original.substring(original.lastIndexOf('.') + 1);

        assertThat(codes(verification.verify(tampered, List.of(forged), keys, Set.of()))).containsExactly(BAD_SIGNATURE);
    }

    private CanonicalContract tampered() {
        var c = contract.contract();
        return CanonicalContract.of(new cn.sz.dataexchange.contracts.model.TradeContract(c.contractId(), c.tradeId(),
                c.createdAt(), c.parties(), c.product(), Money.ofFen(1), c.usage(), c.security(), c.crossBorder(),
                c.disputeResolution()));
    }

    @Test
    void refuses_a_signature_made_with_a_revoked_key() {
        Instant revokedAt = SIGNED_AT.minus(Duration.ofMinutes(5));
        KeyDirectory revoked = KeyDirectory.of(List.of(registered(BUYER_ES256, Fixtures.BUYER, TestKeys.REGISTERED_AT, revokedAt)));

        SignatureReport report = verification.verify(contract, List.of(sign(PartyRole.BUYER, BUYER_ES256).jws()), revoked, Set.of());

        assertThat(codes(report)).containsExactly(KEY_REVOKED);
    }

    @Test
    void still_accepts_a_signature_made_before_its_key_was_revoked() {
        KeyDirectory revokedLater = KeyDirectory.of(List.of(
                registered(BUYER_ES256, Fixtures.BUYER, TestKeys.REGISTERED_AT, SIGNED_AT.plusSeconds(30))));

        assertThat(verification.verify(contract, List.of(sign(PartyRole.BUYER, BUYER_ES256).jws()), revokedLater, Set.of())
                .isValid()).isTrue();
    }

    @Test
    void refuses_a_signature_with_a_key_registered_only_after_the_signing_time() {
        KeyDirectory late = KeyDirectory.of(List.of(registered(BUYER_ES256, Fixtures.BUYER, SIGNED_AT.plusSeconds(1), null)));

        assertThat(codes(verification.verify(contract, List.of(sign(PartyRole.BUYER, BUYER_ES256).jws()), late, Set.of())))
                .containsExactly(KEY_NOT_YET_REGISTERED);
    }

    @Test
    void refuses_a_signature_by_a_key_of_another_organisation() {
        String jws = ContractSigning.sign(contract, PartyRole.BUYER, STRANGER_ES256, SIGNED_AT).jws();

        assertThat(codes(verifyAlone(jws))).containsExactly(KEY_NOT_OWNED_BY_PARTY);
    }

    @Test
    void signatures_the_caller_verified_itself_skip_only_the_cryptographic_check() {
        List<String> all = allSigned(BUYER_ES256);
        assertThat(verification.verifyComplete(contract, all, keys, Set.of(all.get(1), all.get(2))).isValid()).isTrue();

        String foreignBuyer = ContractSigning.sign(contract, PartyRole.BUYER, STRANGER_ES256, SIGNED_AT).jws();
        String seller = all.get(0);
        String counter = ContractSigning.countersign(contract, List.of(seller, foreignBuyer), EXCHANGE_EDDSA, SIGNED_AT).jws();
        assertThat(codes(verification.verifyComplete(contract, List.of(seller, foreignBuyer, counter), keys,
                Set.of(foreignBuyer, counter)))).as("key owner still checked").contains(KEY_NOT_OWNED_BY_PARTY);

        String[] parts = seller.split("\\.", -1);
        String badSeller = parts[0] + ".." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        assertThat(codes(verification.verifyComplete(contract, List.of(badSeller, all.get(1), all.get(2)), keys,
                Set.of(all.get(1), all.get(2))))).as("signatures not vouched for are verified").contains(BAD_SIGNATURE);
    }

    @Test
    void refuses_the_seller_signing_in_the_buyers_place() {
        String jws = ContractSigning.sign(contract, PartyRole.BUYER, SELLER_ES256, SIGNED_AT).jws();

        assertThat(codes(verifyAlone(jws))).containsExactly(KEY_NOT_OWNED_BY_PARTY);
    }

    @Test
    void refuses_alg_none() {
        Map<String, Object> header = header("none", BUYER_ES256.kid());
        String unsigned = com.nimbusds.jose.util.Base64URL.encode(
                cn.sz.dataexchange.contracts.json.JsonWriter.canonical(header).getBytes()) + "..";

        assertThat(codes(verifyAlone(unsigned))).containsExactly(ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void refuses_hs256_made_with_the_public_key_as_a_secret() throws Exception {
        Map<String, Object> header = header("HS256", BUYER_ES256.kid());
        String headerPart = com.nimbusds.jose.util.Base64URL.encode(
                cn.sz.dataexchange.contracts.json.JsonWriter.canonical(header).getBytes()).toString();
        byte[] secret = java.util.Arrays.copyOf(BUYER_ES256.publicJwkJson().getBytes(), 64);
        String input = headerPart + "." + com.nimbusds.jose.util.Base64URL.encode(contract.bytes());
        String mac = new MACSigner(secret).sign(new JWSHeader(JWSAlgorithm.HS256), input.getBytes()).toString();

        assertThat(codes(verifyAlone(headerPart + ".." + mac))).containsExactly(ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void refuses_an_algorithm_that_does_not_suit_the_registered_key() {
        Map<String, Object> header = header("EdDSA", BUYER_ES256.kid());

        String jws = TestKeys.forge(header, contract.bytes(), BUYER_EDDSA, true);

        assertThat(codes(verifyAlone(jws))).containsExactly(KEY_ALGORITHM_MISMATCH);
    }

    @Test
    void refuses_a_signature_with_the_payload_attached() {
        String jws = TestKeys.forge(header("ES256", BUYER_ES256.kid()), contract.bytes(), BUYER_ES256, false);

        assertThat(codes(verifyAlone(jws))).containsExactly(PAYLOAD_NOT_DETACHED);
    }

    @Test
    void refuses_an_unencoded_payload_header_and_critical_headers() {
        Map<String, Object> header = header("ES256", BUYER_ES256.kid());
        header.put("b64", false);
        header.put("crit", List.of("b64"));

        assertThat(codes(verifyAlone(TestKeys.forge(header, contract.bytes(), BUYER_ES256, true)))).containsExactly(UNSUPPORTED_HEADER);
    }

    @Test
    void refuses_a_signing_time_in_the_future_or_before_the_contract_existed() {
        String future = ContractSigning.sign(contract, PartyRole.BUYER, BUYER_ES256, NOW.plus(Duration.ofHours(1))).jws();
        String early = ContractSigning.sign(contract, PartyRole.BUYER, BUYER_ES256, Fixtures.CREATED_AT.minus(Duration.ofDays(1))).jws();

        assertThat(codes(verifyAlone(future))).containsExactly(SIGNING_TIME_IN_FUTURE);
        assertThat(codes(verifyAlone(early))).containsExactly(SIGNING_TIME_TOO_EARLY);
    }

    @Test
    void tolerates_a_signer_clock_a_little_ahead() {
        String ahead = ContractSigning.sign(contract, PartyRole.BUYER, BUYER_ES256, NOW.plus(Duration.ofMinutes(4))).jws();

        assertThat(verifyAlone(ahead).isValid()).isTrue();
    }

    @Test
    void reports_every_party_that_has_not_signed() {
        SignatureReport report = verification.verifyComplete(contract, List.of(sign(PartyRole.SELLER, SELLER_ES256).jws()), keys);

        assertThat(report.problems()).extracting(SignatureProblem::code).containsExactly(REQUIRED_PARTY_MISSING, REQUIRED_PARTY_MISSING);
        assertThat(report.problems()).extracting(SignatureProblem::detail).containsExactly(
                "no valid signature by the buyer", "no valid signature by the exchange");
        assertThat(report.signedRoles()).containsExactly(PartyRole.SELLER);
    }

    @Test
    void refuses_a_countersignature_that_does_not_cover_the_signatures_presented() {
        String seller = sign(PartyRole.SELLER, SELLER_ES256).jws();
        String buyer = sign(PartyRole.BUYER, BUYER_ES256).jws();
        String exchange = ContractSigning.countersign(contract, List.of(seller), EXCHANGE_EDDSA, SIGNED_AT).jws();

        assertThat(codes(verification.verifyComplete(contract, List.of(seller, buyer, exchange), keys)))
                .containsExactly(COUNTERSIGNATURE_MISMATCH);
    }

    @Test
    void reports_a_second_signature_for_the_same_role() {
        List<String> signatures = new ArrayList<>(allSigned(BUYER_ES256));
        signatures.add(sign(PartyRole.BUYER, BUYER_EDDSA).jws());

        assertThat(codes(verification.verifyComplete(contract, signatures, keys)))
                .containsExactly(DUPLICATE_ROLE, COUNTERSIGNATURE_MISMATCH);
    }

    @Test
    void reports_unknown_keys_and_garbage_without_throwing() {
        String unknown = ContractSigning.sign(contract, PartyRole.BUYER, KeyGeneration.generate(SigningAlgorithm.ES256), SIGNED_AT).jws();

        SignatureReport report = verification.verify(contract, List.of(unknown, "not.a.jws.at.all", ""), keys,
                EnumSet.noneOf(PartyRole.class));

        assertThat(codes(report)).containsExactly(UNKNOWN_KEY, MALFORMED_JWS, MALFORMED_JWS);
    }

    @Test
    void lists_the_key_ids_to_load_before_verifying() {
        assertThat(SignedHeaders.kidsOf(allSigned(BUYER_EDDSA)))
                .containsExactly(SELLER_ES256.kid(), BUYER_EDDSA.kid(), EXCHANGE_EDDSA.kid());
    }

    private List<String> allSigned(SigningKey buyerKey) {
        String seller = sign(PartyRole.SELLER, SELLER_ES256).jws();
        String buyer = sign(PartyRole.BUYER, buyerKey).jws();
        String exchange = ContractSigning.countersign(contract, List.of(seller, buyer), EXCHANGE_EDDSA, SIGNED_AT).jws();
        return List.of(seller, buyer, exchange);
    }

    private ContractSignature sign(PartyRole role, SigningKey key) {
        return ContractSigning.sign(contract, role, key, SIGNED_AT);
    }

    private SignatureReport verifyAlone(String jws) {
        return verification.verify(contract, List.of(jws), keys, Set.of());
    }

    private Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", JwsHeaders.TYPE_CONTRACT);
        header.put("kid", kid);
        header.put("iat", SIGNED_AT.getEpochSecond());
        header.put(JwsHeaders.ROLE, "buyer");
        header.put(JwsHeaders.CONTRACT_ID, contract.contract().contractId().value());
        header.put(JwsHeaders.CONTRACT_SHA256, contract.digest().base64Url());
        return header;
    }

    private static List<SignatureProblem.Code> codes(SignatureReport report) {
        return report.problems().stream().map(SignatureProblem::code).toList();
    }
}
