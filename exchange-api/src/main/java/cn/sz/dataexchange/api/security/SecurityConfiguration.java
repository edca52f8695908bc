package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.database.DataDirectory;
import cn.sz.dataexchange.api.database.EmbeddedDatabaseEnvironmentPostProcessor;
import cn.sz.dataexchange.api.identity.application.ApiClients;
import cn.sz.dataexchange.api.web.Problem;
import cn.sz.dataexchange.api.web.ProblemWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Every endpoint is authenticated unless listed as open here; roles are checked here by path,
 * ownership by the use cases. Tokens are ours (ES256, rotating keys) or, if configured, an
 * external identity provider's.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String ADMIN = "ADMIN";
    private static final String REGULATOR = "REGULATOR";

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, AccessTokenDecoder decoder,
                                               SecurityProperties properties, ApiClients clients,
                                               RateLimits rateLimits, ProblemWriter problems,
                                               List<AccessRules> areaRules) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(ex -> {
                    // No endpoint serves these; refused before any rule could let them through to a handler.
                    ex.pathMatchers(HttpMethod.OPTIONS, "/**").denyAll()
                            .pathMatchers(HttpMethod.TRACE, "/**").denyAll()
                            .pathMatchers(HttpMethod.POST, "/api/v1/orgs", "/api/v1/auth/token").permitAll()
                            .matchers(AccessRules.reading("/.well-known/jwks.json", "/actuator/health",
                                    "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                    "/swagger-ui/**", "/webjars/**")).permitAll()
                            .pathMatchers("/actuator/**").hasAnyRole(ADMIN, REGULATOR)
                            .pathMatchers("/api/v1/admin/**", "/api/v1/platform/**").hasRole(ADMIN)
                            .matchers(AccessRules.reading("/api/v1/orgs", "/api/v1/audit/**")).hasAnyRole(ADMIN, REGULATOR)
                            .pathMatchers(HttpMethod.POST, "/api/v1/orgs/*/admission", "/api/v1/orgs/*/suspension")
                            .hasRole(ADMIN);
                    areaRules.forEach(rules -> rules.apply(ex));
                    ex.pathMatchers("/api/**").authenticated()
                            .anyExchange().denyAll();
                })
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(new CallerFromToken(properties)))
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange,
                                Problem.of(401, "unauthenticated", "Unauthenticated",
                                                "A valid bearer token is required: " + e.getMessage())
                                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this request"))))
                .exceptionHandling(eh -> eh
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange,
                                Problem.of(401, "unauthenticated", "Unauthenticated", "A valid bearer token is required")
                                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange,
                                Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this request"))))
                .addFilterAfter(new CallerStandingFilter(clients, rateLimits, problems),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                .build();
    }

    /**
     * The firewall's refusals (an encoded slash or dot segment, a backslash, a non-printable
     * character in the path) are problems like every other error, not a bare 400.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemWriter problems) {
        return (exchange, rejected) -> problems.write(exchange, Problem.of(400, "rejected-request", "Rejected request",
                "The request was refused before any endpoint saw it: " + rejected.getMessage()));
    }

    @Bean
    FailedAuthentications failedAuthentications(Clock clock, SecurityProperties properties) {
        return new FailedAuthentications(clock, java.time.Duration.ofMinutes(1),
                properties.rateLimit().failedSecretsPerSourcePerMinute(),
                properties.rateLimit().failedSecretsPerClientAndSourcePerMinute());
    }

    @Bean
    MasterKey masterKey(SecurityProperties properties, Environment environment) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return MasterKey.fromBase64(properties.masterKey());
        }
        if (environment.getProperty(EmbeddedDatabaseEnvironmentPostProcessor.EMBEDDED_FLAG, Boolean.class, false)) {
            return MasterKey.fromFile(DataDirectory.resolve(environment).resolve("master.key"));
        }
        throw new IllegalStateException("exchange.security.master-key (EXCHANGE_MASTER_KEY) must be set when a "
                + "database is configured: base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
    }

    @Bean
    TokenSigningKeys tokenSigningKeys(DatabaseClient db, TransactionalOperator tx, MasterKey masterKey, Clock clock,
                                      SecurityProperties properties) {
        return new TokenSigningKeys(db, tx, masterKey, clock, properties);
    }

    @Bean
    AccessTokenDecoder accessTokenDecoder(TokenSigningKeys keys, SecurityProperties properties, Clock clock) {
        return new AccessTokenDecoder(keys, properties, clock, externalDecoder(properties.externalIdp()));
    }

    private static Optional<ReactiveJwtDecoder> externalDecoder(SecurityProperties.ExternalIdp idp) {
        if (!idp.configured()) {
            return Optional.empty();
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(idp.jwksUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new java.util.ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(idp.issuer()));
        if (idp.audience() != null && !idp.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(idp.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return Optional.of(decoder);
    }
}
