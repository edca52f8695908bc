package cn.sz.dataexchange.api.trading.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.ListingFixtures;
import cn.sz.dataexchange.api.support.Members;
import cn.sz.dataexchange.api.support.MutableClock;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.receipt.DeliveryReceipt;
import cn.sz.dataexchange.contracts.receipt.ReceiptSigning;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.ContractSigning;
import cn.sz.dataexchange.contracts.signing.KeyGeneration;
import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Drives trades through the HTTP API as the parties would: members with registered signing keys,
 * products on sale, orders, signatures made with the contracts module, payment, download, receipt.
 */
public final class TradingFixture {

    private final WebTestClient http;
    private final MutableClock clock;
    private final Members members;
    private final ListingFixtures listings;

    public TradingFixture(WebTestClient http, MutableClock clock, ApplicationContext context) {
        this.http = http;
        this.clock = clock;
        this.members = new Members(http, clock);
        this.listings = new ListingFixtures(http);
    }

    /** A member organisation with a signing key it registered, and a token refreshed as time moves on. */
    public final class Party {
        private final Members.Member member;
        private final SigningKey key;
        private String token;
        private Instant tokenAt;

        Party(Members.Member member, SigningKey key) {
            this.member = member;
            this.key = key;
            this.token = member.token();
            this.tokenAt = clock.instant();
        }

        public UUID orgId() {
            return member.orgId();
        }

        public SigningKey key() {
            return key;
        }

        public Members.Member member() {
            return member;
        }

        public String token() {
            if (clock.instant().isAfter(tokenAt.plus(Duration.ofMinutes(10)))) {
                token = members.token(member.clientId(), member.clientSecret());
                tokenAt = clock.instant();
            }
            return token;
        }
    }

    /** A product on sale and its content. */
    public record Product(UUID listingId, byte[] content, String sha256, long priceFen) {
    }

    public Party party(String... roles) {
        return withKey(members.admitted("Trading " + String.join("+", roles) + " " + UUID.randomUUID().toString()
                .substring(0, 6), roles));
    }

    public Party withKey(Members.Member member) {
        SigningKey key = KeyGeneration.generate(SigningAlgorithm.ES256);
        registerKey(member, key);
        return new Party(member, key);
    }

    public void registerKey(Members.Member member, SigningKey key) {
        http.post().uri("/api/v1/orgs/{id}/keys", member.orgId()).headers(h -> h.setBearerAuth(member.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("jwk", JsonParser.parseObject(key.publicJwkJson())))
                .exchange().expectStatus().isCreated();
    }

    /** The purposes the fixture's products offer (and their licences permit). */
    public static final List<String> PURPOSES = List.of("STATISTICS", "SCIENTIFIC_RESEARCH");

    /**
     * A product on sale through the listings area's real flow: the seller uploads the asset, creates
     * the listing (no personal data, own collection), submits it, validation passes, an admin approves.
     */
    public Product listed(Party seller, long priceFen) {
        return listed(seller, priceFen, 400);
    }

    /** {@link #listed(Party, long)} with {@code rows} rows of about 25 bytes: a larger asset for large downloads. */
    public Product listed(Party seller, long priceFen, int rows) {
        byte[] content = ("district,date,visitors\n" + "Futian,2026-11-01,18234\n".repeat(rows) + "Nanshan,2026-11-02,"
                + (10_000 + Math.abs(UUID.randomUUID().hashCode() % 10_000)) + "\n").getBytes(StandardCharsets.UTF_8);
        Members.Member current = current(seller);
        UUID asset = listings.upload(current, content);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("personalDataPresent", false);
        manifest.put("purposes", PURPOSES);
        manifest.put("sources", List.of(Map.of("kind", "OWN_COLLECTION")));
        UUID listing = listings.createListing(current, ListingFixtures.listingBody(asset, "Footfall by district "
                + UUID.randomUUID().toString().substring(0, 8), manifest, priceFen));
        listings.submit(current, listing);
        Map<?, ?> validation = listings.awaitValidation(current.token(), listing);
        assertThat(validation.get("verdict")).as("validation of the fixture's product").isEqualTo("PASS");
        listings.decide(members.adminToken(), listing, "APPROVE", "fixture product", 200);
        return new Product(listing, content, sha256(content), priceFen);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The member with a token valid now. */
    public Members.Member current(Party party) {
        Members.Member m = party.member();
        return new Members.Member(m.orgId(), m.clientId(), m.clientSecret(), party.token(), m.creditCode());
    }

    /** An administrator suspends the listing (as a consent withdrawal would, Art. 22). */
    public void suspend(Product product, String reason) {
        http.post().uri("/api/v1/listings/{id}/suspend", product.listingId())
                .headers(h -> h.setBearerAuth(members.adminToken()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason))
                .exchange().expectStatus().isOk();
    }

    public String adminToken() {
        return members.adminToken();
    }

    public WebTestClient.ResponseSpec orderRaw(Party buyer, Product product, String purpose, String key) {
        return http.post().uri("/api/v1/trades").headers(h -> {
                    h.setBearerAuth(buyer.token());
                    h.set("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("listingId", product.listingId().toString(), "purpose", purpose,
                        "tradingConditions", Map.of("securityLevel", 4, "tradingCostFen", 1200, "creditStatus", "GOOD",
                                "tradeLink", "exchange", "durationDays", 180)))
                .exchange();
    }

    public UUID order(Party buyer, Product product) {
        Map<?, ?> trade = orderRaw(buyer, product, "STATISTICS", UUID.randomUUID().toString())
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) trade.get("id"));
    }

    public CanonicalContract contract(UUID trade, Party party) {
        String body = http.get().uri("/api/v1/trades/{id}/contract", trade).headers(h -> h.setBearerAuth(party.token()))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return ((ContractEnvelope.Reading.Read) ContractEnvelope.read(body)).contract();
    }

    public String signature(UUID trade, Party party, PartyRole role) {
        return ContractSigning.sign(contract(trade, party), role, party.key(), clock.instant()).jws();
    }

    public WebTestClient.ResponseSpec submitSignature(UUID trade, Party party, String jws) {
        return http.post().uri("/api/v1/trades/{id}/signatures", trade).headers(h -> h.setBearerAuth(party.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jws", jws)).exchange();
    }

    public void contracted(UUID trade, Party seller, Party buyer) {
        submitSignature(trade, seller, signature(trade, seller, PartyRole.SELLER)).expectStatus().isOk();
        submitSignature(trade, buyer, signature(trade, buyer, PartyRole.BUYER)).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CONTRACTED");
    }

    public WebTestClient.ResponseSpec pay(UUID trade, Party buyer, String key) {
        return http.post().uri("/api/v1/trades/{id}/payment", trade).headers(h -> {
            h.setBearerAuth(buyer.token());
            h.set("Idempotency-Key", key);
        }).exchange();
    }

    public void escrowed(UUID trade, Party buyer) {
        pay(trade, buyer, UUID.randomUUID().toString()).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ESCROWED");
    }

    public String deliveryToken(UUID trade, Party buyer) {
        Map<?, ?> issued = http.post().uri("/api/v1/trades/{id}/delivery-tokens", trade)
                .headers(h -> h.setBearerAuth(buyer.token())).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) issued.get("token");
    }

    public byte[] download(String token, Party buyer) {
        return http.get().uri("/api/v1/deliveries/{token}", token).headers(h -> h.setBearerAuth(buyer.token()))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    public String receipt(UUID trade, Party buyer, byte[] received) {
        Instant now = clock.instant();
        return ReceiptSigning.sign(new DeliveryReceipt(new cn.sz.dataexchange.contracts.model.TradeId(trade.toString()),
                Sha256Digest.of(received), received.length, now), buyer.key(), now);
    }

    public WebTestClient.ResponseSpec submitReceipt(UUID trade, Party buyer, String jws) {
        return http.post().uri("/api/v1/trades/{id}/receipt", trade).headers(h -> h.setBearerAuth(buyer.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jws", jws)).exchange();
    }

    /** Delivered: token, download, receipt over what arrived. Returns the downloaded bytes. */
    public byte[] delivered(UUID trade, Party buyer) {
        byte[] data = download(deliveryToken(trade, buyer), buyer);
        submitReceipt(trade, buyer, receipt(trade, buyer, data)).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DELIVERED");
        return data;
    }

    public WebTestClient.ResponseSpec post(UUID trade, String action, Party who, Object body) {
        return post(trade, action, who.token(), body);
    }

    public WebTestClient.ResponseSpec post(UUID trade, String action, String token, Object body) {
        var spec = http.post().uri("/api/v1/trades/{id}/" + action, trade).headers(h -> h.setBearerAuth(token));
        return body == null ? spec.exchange() : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public Map<?, ?> trade(UUID trade, String token) {
        return http.get().uri("/api/v1/trades/{id}", trade).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    public String state(UUID trade, Party who) {
        return (String) trade(trade, who.token()).get("state");
    }

    /** A fresh trade walked to {@code target} along the happy path (REQUESTED ... SETTLED). */
    public UUID tradeIn(String target, Party seller, Party buyer, Product product) {
        UUID trade = order(buyer, product);
        List<String> path = List.of("REQUESTED", "CONTRACTED", "ESCROWED", "DELIVERING", "DELIVERED", "SETTLED");
        int goal = path.indexOf(target);
        assertThat(goal).as("reachable target %s", target).isNotNegative();
        if (goal >= 1) {
            contracted(trade, seller, buyer);
        }
        if (goal >= 2) {
            escrowed(trade, buyer);
        }
        if (goal == 3) {
            deliveryToken(trade, buyer);
        }
        if (goal >= 4) {
            delivered(trade, buyer);
        }
        if (goal >= 5) {
            post(trade, "acceptance", buyer, null).expectStatus().isOk();
        }
        return trade;
    }
}
