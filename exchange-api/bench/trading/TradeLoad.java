import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.model.TradeId;
import cn.sz.dataexchange.contracts.receipt.DeliveryReceipt;
import cn.sz.dataexchange.contracts.receipt.ReceiptSigning;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.ContractSigning;
import cn.sz.dataexchange.contracts.signing.KeyGeneration;
import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives complete trades through the exchange's HTTP API with several concurrent buyers, as the
 * parties would (signatures and receipts made with the contracts module), and prints trades/s,
 * transitions/s and p50/p99 per command. Run by run-bench.sh; see README.md beside it.
 *
 * java -cp contracts/target/contracts.jar TradeLoad.java BASE_URL ADMIN_ID ADMIN_SECRET BUYERS SECONDS [WARMUP_SECONDS]
 */
public class TradeLoad {

    /** State changes per trade: ALL_SIGNED, PAY, ESCROW_HELD, ISSUE_DELIVERY_TOKEN, CONFIRM_RECEIPT, ACCEPT, BEGIN_SETTLEMENT, SETTLEMENT_COMPLETED. */
    static final int TRANSITIONS_PER_TRADE = 8;
    /** Event rows per trade: the transitions plus ORDER_PLACED and two SIGNATURE_RECORDED. */
    static final int EVENT_ROWS_PER_TRADE = 11;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String base;
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final AtomicLong failures = new AtomicLong();

    record Party(String orgId, String token, SigningKey key) {
    }

    TradeLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        TradeLoad load = new TradeLoad(args[0]);
        int buyers = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        String admin = load.token(args[1], args[2]);
        Party seller = load.member(admin, "Bench Seller", "SELLER");
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            parties.add(load.member(admin, "Bench Buyer " + i, "BUYER"));
        }
        String listing = load.listing(admin, seller);
        System.out.println("setup done: listing " + listing + ", " + buyers + " buyers; warming up " + warmup + " s");
        load.run(parties, seller, listing, warmup);
        load.latencies.clear();
        load.failures.set(0);
        // CPU time per trade is steadier than the rate on a shared machine: compare versions by both.
        java.util.Optional<ProcessHandle> exchange = java.util.Optional.ofNullable(System.getProperty("exchange.pid"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)));
        Duration exchangeCpu0 = exchange.flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO);
        Duration ownCpu0 = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long started = System.nanoTime();
        long trades = load.run(parties, seller, listing, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Duration exchangeCpu = exchange.flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO).minus(exchangeCpu0);
        Duration ownCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(ownCpu0);
        load.report(trades, elapsed, buyers);
        if (exchange.isPresent() && trades > 0) {
            System.out.printf("CPU exchange_ms_per_trade=%.1f exchange_cores=%.2f load_generator_ms_per_trade=%.1f%n",
                    exchangeCpu.toNanos() / 1e6 / trades, exchangeCpu.toNanos() / 1e9 / elapsed,
                    ownCpu.toNanos() / 1e6 / trades);
        }
    }

    long run(List<Party> buyers, Party seller, String listing, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (Party buyer : buyers) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        trade(buyer, seller, listing);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("trade failed: " + e.getMessage());
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return done.get();
    }

    void trade(Party buyer, Party seller, String listing) throws Exception {
        Map<String, Object> order = Map.of("listingId", listing, "purpose", "STATISTICS");
        String id = (String) json(timed("order", post("/api/v1/trades", buyer.token, JsonWriter.canonical(order),
                UUID.randomUUID().toString()), 201)).get("id");
        String envelope = timed("contract", get("/api/v1/trades/" + id + "/contract", buyer.token), 200).body();
        CanonicalContract contract = ((ContractEnvelope.Reading.Read) ContractEnvelope.read(envelope)).contract();
        String sellerJws = ContractSigning.sign(contract, PartyRole.SELLER, seller.key, Instant.now()).jws();
        timed("sign-seller", post("/api/v1/trades/" + id + "/signatures", seller.token,
                JsonWriter.canonical(Map.of("jws", sellerJws)), null), 200);
        String buyerJws = ContractSigning.sign(contract, PartyRole.BUYER, buyer.key, Instant.now()).jws();
        timed("sign-buyer", post("/api/v1/trades/" + id + "/signatures", buyer.token,
                JsonWriter.canonical(Map.of("jws", buyerJws)), null), 200);
        timed("pay", post("/api/v1/trades/" + id + "/payment", buyer.token, null, UUID.randomUUID().toString()), 200);
        String token = (String) json(timed("delivery-token", post("/api/v1/trades/" + id + "/delivery-tokens",
                buyer.token, null, null), 201)).get("token");
        byte[] data = timedBytes("download", "/api/v1/deliveries/" + token, buyer.token);
        Instant now = Instant.now();
        String receipt = ReceiptSigning.sign(new DeliveryReceipt(new TradeId(id), Sha256Digest.of(data), data.length, now),
                buyer.key, now);
        timed("receipt", post("/api/v1/trades/" + id + "/receipt", buyer.token,
                JsonWriter.canonical(Map.of("jws", receipt)), null), 200);
        String state = (String) json(timed("accept", post("/api/v1/trades/" + id + "/acceptance", buyer.token, null, null),
                200)).get("state");
        if (!"SETTLED".equals(state)) {
            throw new IllegalStateException("trade " + id + " ended " + state);
        }
    }

    void report(long trades, double seconds, int buyers) {
        System.out.printf("RESULT buyers=%d seconds=%.1f trades=%d failed=%d trades_per_s=%.1f transitions_per_s=%.1f "
                        + "event_rows_per_s=%.1f%n", buyers, seconds, trades, failures.get(), trades / seconds,
                trades * TRANSITIONS_PER_TRADE / seconds, trades * EVENT_ROWS_PER_TRADE / seconds);
        for (var e : new java.util.TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            System.out.printf("LATENCY %-15s n=%6d p50=%7.2f ms p99=%7.2f ms%n", e.getKey(), l.size(),
                    l.get(l.size() / 2) / 1e6, l.get(Math.min(l.size() - 1, (int) Math.ceil(l.size() * 0.99) - 1)) / 1e6);
        }
    }

    HttpResponse<String> timed(String name, HttpRequest request, int expected) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - t0);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    byte[] timedBytes(String name, String path, String token) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        latencies.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - t0);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode());
        }
        return response.body();
    }

    HttpRequest post(String path, String token, String body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            return b.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    String token(String clientId, String secret) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
        return (String) json(r).get("access_token");
    }

    Party member(String admin, String name, String role) throws Exception {
        Map<String, Object> registration = json(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonWriter.canonical(Map.of("name", name + " " + UUID.randomUUID()
                                .toString().substring(0, 6), "creditCode", creditCode(), "roles", List.of(role),
                        "contactEmail", "bench@" + UUID.randomUUID().toString().substring(0, 8) + ".example.cn"))))
                .build(), HttpResponse.BodyHandlers.ofString()));
        String org = (String) registration.get("id");
        send(post("/api/v1/orgs/" + org + "/admission", admin, JsonWriter.canonical(Map.of("reason", "bench")), null), 200);
        String token = token((String) registration.get("clientId"), (String) registration.get("clientSecret"));
        SigningKey key = KeyGeneration.generate(SigningAlgorithm.ES256);
        send(post("/api/v1/orgs/" + org + "/keys", token, "{\"jwk\":" + key.publicJwkJson() + "}", null), 201);
        return new Party(org, token, key);
    }

    String listing(String admin, Party seller) throws Exception {
        String csv = "district,date,visitors\n" + "Futian,2026-11-01,18234\n".repeat(400);
        Map<String, Object> asset = json(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assets"))
                .header("Authorization", "Bearer " + seller.token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), 201));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("personalDataPresent", false);
        manifest.put("purposes", List.of("STATISTICS"));
        manifest.put("sources", List.of(Map.of("kind", "OWN_COLLECTION")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bench footfall");
        body.put("description", "Benchmark product");
        body.put("category", "mobility");
        body.put("assetId", asset.get("id"));
        body.put("manifest", manifest);
        body.put("priceFen", 1_250_000);
        body.put("licence", Map.of("permittedPurposes", List.of("STATISTICS"), "durationDays", 365,
                "territory", List.of("CN"), "resaleAllowed", false, "destroyOnExpiry", true));
        String id = (String) json(send(post("/api/v1/listings", seller.token, JsonWriter.canonical(body), null), 201))
                .get("id");
        send(post("/api/v1/listings/" + id + "/submit", seller.token, null, null), 202);
        for (int i = 0; i < 300; i++) {
            Map<String, Object> v = json(send(get("/api/v1/listings/" + id + "/validation", seller.token), 200));
            if ("SUCCEEDED".equals(v.get("state"))) {
                break;
            }
            Thread.sleep(100);
        }
        send(post("/api/v1/listings/" + id + "/decisions", admin,
                JsonWriter.canonical(Map.of("decision", "APPROVE", "reason", "bench")), null), 200);
        return id;
    }

    HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return JsonParser.parseObject(response.body());
    }

    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91440300");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
    }
}
