package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.document.ContractDocument;
import cn.sz.dataexchange.contracts.document.ContractDocumentReader;
import cn.sz.dataexchange.contracts.document.ContractReading;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.ContractSigning;
import cn.sz.dataexchange.contracts.signing.KeyGeneration;
import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Only a signature over the contract as drafted, by a key its party registered and kept, counts (Art. 59). */
class ContractSignatureTest extends TradingTest {

    private Party seller;
    private Party buyer;
    private Product product;

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, 80_000);
    }

    @Test
    void a_signature_over_a_tampered_contract_is_refused() {
        UUID trade = fixture.order(buyer, product);
        CanonicalContract genuine = fixture.contract(trade, buyer);
        Map<String, Object> document = new LinkedHashMap<>(ContractDocument.toJson(genuine.contract()));
        document.put("price", Map.of("amountFen", 1L, "currency", "CNY"));
        CanonicalContract tampered = ((ContractReading.Read) ContractDocumentReader.read(JsonWriter.canonical(document)))
                .contract();
        String jws = ContractSigning.sign(tampered, PartyRole.BUYER, buyer.key(), clock.instant()).jws();

        fixture.submitSignature(trade, buyer, jws).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:signature-invalid")
                .jsonPath("$.problems[0].code").isEqualTo("DIGEST_MISMATCH");
        assertThat(fixture.state(trade, buyer)).isEqualTo("REQUESTED");
    }

    @Test
    void a_signature_by_a_revoked_key_is_refused() {
        UUID trade = fixture.order(buyer, product);
        http.post().uri("/api/v1/orgs/{id}/keys/{kid}/revocation", buyer.orgId(), buyer.key().kid())
                .headers(h -> h.setBearerAuth(buyer.token())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "laptop lost")).exchange().expectStatus().isOk();
        clock.advance(java.time.Duration.ofSeconds(2));

        fixture.submitSignature(trade, buyer, fixture.signature(trade, buyer, PartyRole.BUYER))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.problems[0].code").isEqualTo("KEY_REVOKED");
    }

    @Test
    void a_signature_by_another_organisations_key_is_refused() {
        UUID trade = fixture.order(buyer, product);
        Party stranger = fixture.party("BUYER");
        String jws = ContractSigning.sign(fixture.contract(trade, buyer), PartyRole.BUYER, stranger.key(), clock.instant())
                .jws();

        fixture.submitSignature(trade, buyer, jws).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.problems[0].code").isEqualTo("KEY_NOT_OWNED_BY_PARTY");
    }

    @Test
    void a_signature_by_an_unregistered_key_or_for_the_other_role_is_refused() {
        UUID trade = fixture.order(buyer, product);
        SigningKey unregistered = KeyGeneration.generate(SigningAlgorithm.EDDSA);
        fixture.submitSignature(trade, buyer, ContractSigning.sign(fixture.contract(trade, buyer), PartyRole.BUYER,
                unregistered, clock.instant()).jws()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0].code").isEqualTo("UNKNOWN_KEY");
        fixture.submitSignature(trade, buyer, fixture.signature(trade, buyer, PartyRole.SELLER))
                .expectStatus().isEqualTo(422);
    }

    @Test
    void each_party_signs_once_and_the_exchange_countersigns_when_both_have() {
        UUID trade = fixture.order(buyer, product);
        String sellerJws = fixture.signature(trade, seller, PartyRole.SELLER);
        fixture.submitSignature(trade, seller, sellerJws).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("REQUESTED");
        fixture.submitSignature(trade, seller, sellerJws).expectStatus().isEqualTo(409);
        fixture.submitSignature(trade, buyer, fixture.signature(trade, buyer, PartyRole.BUYER)).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CONTRACTED");
        fixture.submitSignature(trade, buyer, fixture.signature(trade, buyer, PartyRole.BUYER))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentStatus").isEqualTo("CONTRACTED");
        assertThat(events(trade)).containsExactly("ORDER_PLACED->REQUESTED", "SIGNATURE_RECORDED->REQUESTED",
                "SIGNATURE_RECORDED->REQUESTED", "ALL_SIGNED->CONTRACTED");
    }
}
