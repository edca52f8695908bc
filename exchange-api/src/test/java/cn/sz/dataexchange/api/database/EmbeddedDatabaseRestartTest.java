package cn.sz.dataexchange.api.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.ExchangeApplication;
import cn.sz.dataexchange.api.support.Members;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as a new user starts it: no database configured, demo profile, the packaged
 * configuration. It runs its own durable PostgreSQL under the data directory and the embedded payment
 * gateway the demo profile chooses; what was stored and the token keys survive a restart.
 */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void data_and_tokens_survive_a_restart_of_the_service_and_its_embedded_database() throws Exception {
        Map<?, ?> registration;
        String adminTokenBeforeRestart;
        try (ConfigurableApplicationContext app = start()) {
            WebTestClient http = client(app);
            assertThat(setting(app, "fsync")).isEqualTo("on");
            assertThat(setting(app, "synchronous_commit")).isEqualTo("on");
            Members members = new Members(http);
            registration = members.register("Registered Before Restart", List.of("SELLER"));

            String adminToken = members.token("demo-admin", demoSecret("demo-admin"));
            adminTokenBeforeRestart = adminToken;
            verifiesAgainstPublishedKeys(http, adminToken);
            http.get().uri("/api/v1/orgs").headers(h -> h.setBearerAuth(adminToken)).exchange().expectStatus().isOk();
            http.get().uri("/api/v1/orgs").exchange().expectStatus().isUnauthorized();
            String buyerToken = members.token("demo-buyer", demoSecret("demo-buyer"));
            http.get().uri("/api/v1/orgs").headers(h -> h.setBearerAuth(buyerToken)).exchange().expectStatus().isForbidden();
        }
        EmbeddedServers.stop(dataDir.resolve("postgres"));

        try (ConfigurableApplicationContext app = start()) {
            WebTestClient http = client(app);
            http.get().uri("/api/v1/orgs/{id}", registration.get("id"))
                    .headers(h -> h.setBearerAuth(adminTokenBeforeRestart))
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.name").isEqualTo("Registered Before Restart")
                    .jsonPath("$.status").isEqualTo("PENDING");
        }
        EmbeddedServers.stop(dataDir.resolve("postgres"));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ExchangeApplication.class)
                .profiles("demo")
                // The packaged configuration only (application.yml and application-demo.yml), as the jar
                // runs: not the tests' config/application.yml.
                .run("--spring.config.location=classpath:/application.yml",
                        "--server.port=0", "--exchange.data-dir=" + dataDir,
                        "--exchange.security.client-secret-bcrypt-cost=4");
    }

    private static String setting(ConfigurableApplicationContext app, String name) {
        return app.getBean(DatabaseClient.class).sql("SHOW " + name).map(row -> row.get(0, String.class)).one().block();
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        String port = app.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    private String demoSecret(String client) throws Exception {
        Map<?, ?> credentials = JsonMapper.builder().build()
                .readValue(Files.readString(dataDir.resolve("demo-credentials.json")), Map.class);
        return (String) credentials.get(client);
    }

    private static void verifiesAgainstPublishedKeys(WebTestClient http, String token) throws Exception {
        String jwks = http.get().uri("/.well-known/jwks.json").accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        SignedJWT jwt = SignedJWT.parse(token);
        ECKey key = (ECKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
    }
}
