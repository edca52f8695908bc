package cn.sz.dataexchange.contracts.receipt;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_NOT_OWNED_BY_PARTY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_REVOKED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.RECEIPT_HASH_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.RECEIPT_SIZE_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.RECEIPT_TRADE_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.Fixtures;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.model.TradeId;
import cn.sz.dataexchange.contracts.signing.ContractSigning;
import cn.sz.dataexchange.contracts.signing.KeyDirectory;
import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import cn.sz.dataexchange.contracts.signing.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptVerificationTest {

    private static final Instant DELIVERED_FROM = Fixtures.CREATED_AT.plus(Duration.ofDays(1));
    private static final Instant RECEIVED_AT = DELIVERED_FROM.plus(Duration.ofMinutes(3));
    private static final Sha256Digest ASSET = Sha256Digest.ofHex(Fixtures.ASSET_SHA256);

    private final ReceiptVerification verification =
            new ReceiptVerification(Clock.fixed(RECEIVED_AT.plusSeconds(60), ZoneOffset.UTC));
    private final ExpectedDelivery expected = new ExpectedDelivery(new TradeId("trade-9001"), new OrgId(Fixtures.BUYER.orgId()),
            ASSET, 19, DELIVERED_FROM);
    private final KeyDirectory keys = KeyDirectory.of(List.of(TestKeys.registered(TestKeys.BUYER_EDDSA, Fixtures.BUYER),
            TestKeys.registered(TestKeys.BUYER_ES256, Fixtures.BUYER), TestKeys.registered(TestKeys.STRANGER_ES256, Fixtures.STRANGER)));

    @Test
    void accepts_the_buyers_receipt_for_the_delivered_file_with_either_algorithm() {
        for (SigningKey key : List.of(TestKeys.BUYER_EDDSA, TestKeys.BUYER_ES256)) {
            ReceiptReport report = verification.verify(receipt("trade-9001", ASSET, 19, key), expected, keys);

            assertThat(report.isValid()).as(report.describe()).isTrue();
            assertThat(report.receipt().orElseThrow().receivedAt()).isEqualTo(RECEIVED_AT);
        }
    }

    @Test
    void refuses_a_receipt_for_other_bytes_another_size_or_another_trade() {
        String receipt = receipt("trade-9002", Sha256Digest.of("other"), 20, TestKeys.BUYER_EDDSA);

        assertThat(codes(verification.verify(receipt, expected, keys)))
                .containsExactly(RECEIPT_TRADE_MISMATCH, RECEIPT_HASH_MISMATCH, RECEIPT_SIZE_MISMATCH);
    }

    @Test
    void refuses_a_receipt_signed_by_another_organisation() {
        assertThat(codes(verification.verify(receipt("trade-9001", ASSET, 19, TestKeys.STRANGER_ES256), expected, keys)))
                .containsExactly(KEY_NOT_OWNED_BY_PARTY);
    }

    @Test
    void refuses_a_receipt_signed_with_a_revoked_key() {
        KeyDirectory revoked = KeyDirectory.of(List.of(TestKeys.registered(TestKeys.BUYER_EDDSA, Fixtures.BUYER,
                TestKeys.REGISTERED_AT, DELIVERED_FROM)));

        assertThat(codes(verification.verify(receipt("trade-9001", ASSET, 19, TestKeys.BUYER_EDDSA), expected, revoked)))
                .containsExactly(KEY_REVOKED);
    }

    @Test
    void refuses_a_contract_signature_presented_as_a_receipt() {
        String contractSignature = ContractSigning.sign(Fixtures.canonicalContract(), PartyRole.BUYER, TestKeys.BUYER_EDDSA,
                RECEIVED_AT).jws();

        assertThat(codes(verification.verify(contractSignature, expected, keys))).containsExactly(WRONG_TYPE);
    }

    private static String receipt(String trade, Sha256Digest sha, long bytes, SigningKey key) {
        return ReceiptSigning.sign(new DeliveryReceipt(new TradeId(trade), sha, bytes, RECEIVED_AT), key, RECEIVED_AT);
    }

    private static List<SignatureProblem.Code> codes(ReceiptReport report) {
        return report.problems().stream().map(SignatureProblem::code).toList();
    }
}
