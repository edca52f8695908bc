package cn.sz.dataexchange.api.bootstrap;

import cn.sz.dataexchange.api.database.DataDirectory;
import cn.sz.dataexchange.api.database.EmbeddedDatabaseEnvironmentPostProcessor;
import cn.sz.dataexchange.api.identity.application.ApiClients;
import cn.sz.dataexchange.api.identity.application.IssuingClientCredentials;
import cn.sz.dataexchange.api.identity.application.Organisations;
import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.CreditCode;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.identity.model.OrganisationStatus;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.ClientSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code demo} profile: admitted demo members and one client per role, with fresh secrets at
 * every start, printed and written to {@code <data dir>/demo-credentials.json}. It refuses to run
 * on a configured database, so demo credentials never exist outside the embedded demo.
 */
@Component
@Profile("demo")
@Order(1)
public class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Organisations organisations;
    private final ApiClients clients;
    private final IssuingClientCredentials credentials;
    private final ClientSecrets secrets;
    private final Environment environment;
    private final Clock clock;

    public DemoSeeder(Organisations organisations, ApiClients clients, IssuingClientCredentials credentials,
                      ClientSecrets secrets, Environment environment, Clock clock) {
        this.organisations = organisations;
        this.clients = clients;
        this.credentials = credentials;
        this.secrets = secrets;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty(EmbeddedDatabaseEnvironmentPostProcessor.EMBEDDED_FLAG, Boolean.class, false)) {
            throw new IllegalStateException("The demo profile runs on the embedded database only; "
                    + "unset SPRING_R2DBC_URL or drop the demo profile");
        }
        Map<String, String> issued = new LinkedHashMap<>();
        // Start-up runs on the main thread, before the service reports ready: waiting here is intended.
        Flux.concat(
                        member("demo-seller", "Demo Seller Co., Ltd.", "91440300MA5D0000", Role.SELLER, issued),
                        member("demo-buyer", "Demo Buyer Co., Ltd.", "91440300MA5D0001", Role.BUYER, issued),
                        staff("demo-admin", Role.ADMIN, issued),
                        staff("demo-regulator", Role.REGULATOR, issued))
                .then().block();
        Path file = DataDirectory.resolve(environment).resolve("demo-credentials.json");
        write(file, issued);
        StringBuilder banner = new StringBuilder("Demo credentials (demo profile only), also in ").append(file);
        issued.forEach((id, secret) -> banner.append(System.lineSeparator()).append("  ").append(id)
                .append(" : ").append(secret));
        log.info(banner.toString());
    }

    private Mono<Void> member(String clientId, String name, String code16, Role role, Map<String, String> issued) {
        String first17 = code16 + "1";
        CreditCode code = new CreditCode(first17 + CreditCode.checkCharacter(first17));
        OrgId id = new OrgId(UUID.nameUUIDFromBytes(clientId.getBytes(StandardCharsets.UTF_8)));
        Mono<Organisation> org = organisations.find(id).switchIfEmpty(Mono.defer(() -> {
            Organisation pending = Organisation.register(id, name, code, clientId + "@demo.invalid", Set.of(role),
                    clock.instant());
            return organisations.insert(pending)
                    .flatMap(o -> organisations.updateStatus(o.admit("demo member", clock.instant()).orElseThrow(),
                            OrganisationStatus.PENDING, "demo"));
        }));
        String secret = ClientSecrets.newSecret();
        issued.put(clientId, secret);
        return org.then(secrets.hash(secret)).flatMap(hash -> clients.find(new ClientId(clientId))
                .flatMap(existing -> clients.replaceSecretHash(existing.id(), hash).thenReturn(existing))
                .switchIfEmpty(Mono.defer(() -> clients.insert(new ApiClient(new ClientId(clientId), Optional.of(id),
                        Set.of(), "demo", hash, clock.instant(), Optional.empty()), "demo")))
                .then());
    }

    private Mono<Void> staff(String clientId, Role role, Map<String, String> issued) {
        String secret = ClientSecrets.newSecret();
        issued.put(clientId, secret);
        return credentials.ensurePlatformClient(new ClientId(clientId), role, secret, "demo").then();
    }

    private static void write(Path file, Map<String, String> issued) {
        try {
            Files.createDirectories(file.getParent());
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            Files.writeString(file, json.writeValueAsString(issued), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
