package cn.sz.dataexchange.api.bootstrap;

import cn.sz.dataexchange.api.identity.application.IssuingClientCredentials;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ensures the first platform administrator's client exists with the configured secret
 * ({@code EXCHANGE_BOOTSTRAP_ADMIN_SECRET}); without a secret, nothing is created and the log says
 * how to get in. The secret itself is never logged.
 */
@Component
@Order(0)
public class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapProperties properties;
    private final IssuingClientCredentials credentials;

    public BootstrapAdmin(BootstrapProperties properties, IssuingClientCredentials credentials) {
        this.properties = properties;
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.hasAdminSecret()) {
            log.info("No bootstrap administrator configured (set EXCHANGE_BOOTSTRAP_ADMIN_SECRET to create '{}')",
                    properties.adminClientId());
            return;
        }
        // Start-up runs on the main thread, before the service reports ready: waiting here is intended.
        ensure().block();
        log.info("Bootstrap administrator client '{}' is ready", properties.adminClientId());
    }

    Mono<?> ensure() {
        return credentials.ensurePlatformClient(new ClientId(properties.adminClientId()), Role.ADMIN,
                properties.adminClientSecret(), "bootstrap");
    }
}
