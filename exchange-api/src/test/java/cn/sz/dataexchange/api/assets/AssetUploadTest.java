package cn.sz.dataexchange.api.assets;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.assets.application.AssetSettings;
import cn.sz.dataexchange.api.assets.application.DataKeys;
import cn.sz.dataexchange.api.assets.application.UploadingAsset;
import cn.sz.dataexchange.api.assets.infrastructure.LocalFileAssetStorage;
import cn.sz.dataexchange.api.assets.model.EncryptionPolicy;
import cn.sz.dataexchange.api.assets.model.UploadLimits;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

/** Streamed uploads: hashed while streaming, encrypted at rest, read back with Range, and all-or-nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetUploadTest extends IntegrationTest {

    @Autowired
    LocalFileAssetStorage storage;
    @Autowired
    AssetRecords records;
    @Autowired
    DataKeys keys;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionalOperator tx;
    @Autowired
    DatabaseClient db;
    @Autowired
    @Qualifier("assetIoScheduler")
    Scheduler io;
    @Autowired
    AssetProperties properties;

    private Members.Member seller;
    private Members.Member otherSeller;

    @BeforeAll
    void sellers() {
        Members members = members();
        seller = members.seller();
        otherSeller = members.seller();
    }

    @Test
    void a_csv_upload_returns_size_hash_format_and_header_and_reads_back_decrypted() {
        byte[] csv = "name,resident_id,city\n张三,110101199003074514,深圳\n李四,440301198507120018,广州\n"
                .getBytes(StandardCharsets.UTF_8);
        Map<?, ?> asset = upload(seller, csv, "text/csv", "people.csv");

        assertThat(asset.get("bytes")).isEqualTo(csv.length);
        assertThat(asset.get("sha256")).isEqualTo(sha256(csv));
        assertThat(asset.get("format")).isEqualTo("CSV");
        assertThat(asset.get("header")).isEqualTo(List.of("name", "resident_id", "city"));
        assertThat(asset.get("encrypted")).isEqualTo(true);
        assertThat(asset.get("fileName")).isEqualTo("people.csv");

        byte[] stored = storedBytes(UUID.fromString((String) asset.get("id")));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("110101199003074514");
        assertThat(download(seller, asset, null)).isEqualTo(csv);
    }

    @Test
    void a_range_of_a_large_encrypted_asset_decrypts_only_what_is_asked() {
        byte[] data = generatedCsv(3_000_000, 11);
        Map<?, ?> asset = upload(seller, data, "application/octet-stream", null);
        assertThat(asset.get("format")).isEqualTo("CSV");
        assertThat(asset.get("sha256")).isEqualTo(sha256(data));

        byte[] part = download(seller, asset, "bytes=1000000-1300009");
        assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(data, 1_000_000, 1_300_010));
        byte[] tail = download(seller, asset, "bytes=-10");
        assertThat(tail).isEqualTo(java.util.Arrays.copyOfRange(data, data.length - 10, data.length));
    }

    @Test
    void json_lines_are_detected_and_their_first_object_gives_the_header() {
        byte[] jsonl = "{\"phone\":\"13812345678\",\"amount\":12}\n{\"phone\":\"13912345678\",\"amount\":3}\n"
                .getBytes(StandardCharsets.UTF_8);
        Map<?, ?> asset = upload(seller, jsonl, "application/octet-stream", null);
        assertThat(asset.get("format")).isEqualTo("JSON_LINES");
        assertThat(asset.get("header")).isEqualTo(List.of("phone", "amount"));
    }

    @Test
    void another_seller_neither_sees_nor_reads_an_asset_and_only_the_owner_lists_it() {
        Map<?, ?> asset = upload(seller, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv", null);
        http.get().uri("/api/v1/assets/{id}", asset.get("id")).headers(h -> h.setBearerAuth(otherSeller.token()))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/assets/{id}/content", asset.get("id")).headers(h -> h.setBearerAuth(otherSeller.token()))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/assets?size=200").headers(h -> h.setBearerAuth(otherSeller.token()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + asset.get("id") + "')]").doesNotExist();
        http.get().uri("/api/v1/assets?size=200").headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + asset.get("id") + "')]").exists();
    }

    @Test
    void bad_uploads_are_4xx_problems_that_say_why() {
        uploadExpecting(new byte[0], "text/csv", 400).jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:empty-asset");
        uploadExpecting("not json\n".getBytes(StandardCharsets.UTF_8), "application/x-ndjson", 422)
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:asset-unreadable");
        uploadExpecting("a,b\n".getBytes(StandardCharsets.UTF_8), "image/png", 415);
        http.post().uri("/api/v1/assets?format=PARQUET").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.TEXT_PLAIN).bodyValue("a,b\n").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
        http.post().uri("/api/v1/assets?format=JSON_LINES").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("a,b\n").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
    }

    @Test
    void an_upload_that_fails_midway_leaves_no_asset_and_no_file() throws IOException {
        UploadingAsset uploading = uploading(1 << 30);
        Set<Path> before = files();
        long assets = assetCount(seller);
        Flux<DataBuffer> broken = Flux.concat(chunks(generatedCsv(2_000_000, 3)),
                Flux.error(new IOException("connection reset by peer")));

        Throwable failure = uploading.upload(caller(seller), command(), broken)
                .map(r -> (Throwable) null).onErrorResume(e -> reactor.core.publisher.Mono.just(e)).block();

        assertThat(failure).hasMessageContaining("connection reset");
        assertThat(files()).isEqualTo(before);
        assertThat(assetCount(seller)).isEqualTo(assets);
    }

    @Test
    void an_upload_over_the_limit_is_refused_and_leaves_nothing() throws IOException {
        UploadingAsset uploading = uploading(100_000);
        Set<Path> before = files();
        long assets = assetCount(seller);

        Result<?> result = uploading.upload(caller(seller), command(), chunks(generatedCsv(500_000, 4))).block();

        assertThat(result).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<?>) result).refusal().type()).isEqualTo("asset-too-large");
        assertThat(files()).isEqualTo(before);
        assertThat(assetCount(seller)).isEqualTo(assets);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_reading() {
        UploadingAsset uploading = uploading(100_000);
        var command = new UploadingAsset.UploadAsset(Optional.of(AssetFormat.CSV), null, false, 10_000_000);
        Result<?> result = uploading.upload(caller(seller), command, chunks("a\n1\n".getBytes(StandardCharsets.UTF_8)))
                .block();
        assertThat(((Result.Refused<?>) result).refusal().reason().status()).isEqualTo(413);
    }

    private UploadingAsset uploading(long maxBytes) {
        AssetSettings settings = new AssetSettings(new UploadLimits(maxBytes, Set.of(AssetFormat.CSV, AssetFormat.JSON_LINES)),
                EncryptionPolicy.ALL, 64 * 1024, 1 << 16);
        return new UploadingAsset(storage, records, keys, audit, tx, Clock.systemUTC(), io, settings);
    }

    private static UploadingAsset.UploadAsset command() {
        return new UploadingAsset.UploadAsset(Optional.of(AssetFormat.CSV), null, false, -1);
    }

    private static Caller caller(Members.Member member) {
        return new Caller(new ClientId(member.clientId()), Optional.of(new OrgId(member.orgId())), Set.of(Role.SELLER));
    }

    private long assetCount(Members.Member member) {
        return db.sql("SELECT count(*) AS n FROM data_assets WHERE owner_org_id = :org").bind("org", member.orgId())
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private Set<Path> files() throws IOException {
        Path root = assetRoot();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toSet());
        }
    }

    private Path assetRoot() {
        return IntegrationTest.DATA_DIR.resolve("assets");
    }

    private byte[] storedBytes(UUID id) {
        String name = id.toString();
        try {
            return Files.readAllBytes(assetRoot().resolve("objects").resolve(name.substring(0, 2)).resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Flux<DataBuffer> chunks(byte[] data) {
        int chunk = 8192;
        return Flux.range(0, (data.length + chunk - 1) / chunk).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap(java.nio.ByteBuffer.wrap(data, i * chunk, Math.min(chunk, data.length - i * chunk))));
    }

    static byte[] generatedCsv(int approximateBytes, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("id,amount,city\n");
        int row = 0;
        while (csv.length() < approximateBytes) {
            csv.append(row++).append(',').append(random.nextInt(100_000)).append(",city").append(random.nextInt(50)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<?, ?> upload(Members.Member member, byte[] body, String contentType, String name) {
        return http.post().uri(name == null ? "/api/v1/assets" : "/api/v1/assets?name=" + name)
                .headers(h -> h.setBearerAuth(member.token()))
                .contentType(MediaType.parseMediaType(contentType)).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec uploadExpecting(byte[] body,
                                                                                                       String type,
                                                                                                       int status) {
        return http.post().uri("/api/v1/assets").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType(type)).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    private byte[] download(Members.Member member, Map<?, ?> asset, String range) {
        return http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(64 << 20)).build()
                .get().uri("/api/v1/assets/{id}/content", asset.get("id"))
                .headers(h -> {
                    h.setBearerAuth(member.token());
                    if (range != null) {
                        h.set(HttpHeaders.RANGE, range);
                    }
                })
                .exchange().expectStatus().isEqualTo(range == null ? 200 : 206)
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
