package cn.sz.dataexchange.api.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code exchange.bootstrap.*}: the first platform administrator's client (secret from the environment). */
@ConfigurationProperties("exchange.bootstrap")
public record BootstrapProperties(String adminClientId, String adminClientSecret) {

    public BootstrapProperties {
        adminClientId = adminClientId == null || adminClientId.isBlank() ? "platform-admin" : adminClientId;
    }

    public boolean hasAdminSecret() {
        return adminClientSecret != null && !adminClientSecret.isBlank();
    }
}
