package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.RefusalException;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** OAuth 2.0 client credentials (RFC 6749 §4.4) and the public keys that verify our tokens. */
@RestController
public class TokenEndpoint {

    private final IssuingAccessToken issuing;
    private final TokenSigningKeys keys;

    public TokenEndpoint(IssuingAccessToken issuing, TokenSigningKeys keys) {
        this.issuing = issuing;
        this.keys = keys;
    }

    @Operation(summary = "Get an access token (grant_type=client_credentials; client authentication in the form or by HTTP Basic)")
    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> token(ServerWebExchange exchange) {
        return exchange.getFormData().onErrorMap(IllegalArgumentException.class, e -> new Refusal(
                        Refusal.Reason.INVALID, "malformed-form", "Malformed form",
                        "The form body is not valid application/x-www-form-urlencoded: " + e.getMessage(),
                        Map.of("error", "invalid_request")).toException())
                .flatMap(form -> {
            for (var field : form.entrySet()) {
                if (field.getKey().indexOf('\0') >= 0
                        || field.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                    return Mono.error(new Refusal(Refusal.Reason.INVALID, "invalid-field", "Invalid field",
                            field.getKey().replace('\0', '?') + ": must not contain the NUL character (U+0000)",
                            Map.of("error", "invalid_request")).toException());
                }
            }
            String grant = form.getFirst("grant_type");
            if (!"client_credentials".equals(grant)) {
                return Mono.error(new Refusal(Refusal.Reason.INVALID, "unsupported-grant-type",
                        "Unsupported grant type", "grant_type must be client_credentials",
                        Map.of("error", "unsupported_grant_type")).toException());
            }
            String[] credentials = credentials(exchange.getRequest().getHeaders(), form);
            if (credentials == null) {
                return Mono.error(new RefusalException(IssuingAccessToken.invalidClient()));
            }
            if (credentials[0].indexOf('\0') >= 0 || credentials[1].indexOf('\0') >= 0) {
                return Mono.error(new Refusal(Refusal.Reason.INVALID, "invalid-field", "Invalid field",
                        "client credentials must not contain the NUL character (U+0000)",
                        Map.of("error", "invalid_request")).toException());
            }
            String source = FailedAuthentications.sourceOf(exchange.getRequest().getRemoteAddress());
            return issuing.issue(credentials[0], credentials[1], source).map(result -> {
                AccessTokenIssuer.IssuedToken token = result.orElseThrow();
                return ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.PRAGMA, "no-cache")
                        .body(Map.<String, Object>of("access_token", token.value(), "token_type", "Bearer",
                                "expires_in", token.expiresIn()));
            });
        });
    }

    /** The JSON Web Key Set of the token keys in force (public halves only). */
    @Operation(summary = "Public keys that verify the exchange's access tokens")
    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> jwks() {
        return keys.current().map(set -> ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(set.publicJwks().toJSONObject(true)));
    }

    private static String[] credentials(HttpHeaders headers, MultiValueMap<String, String> form) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new String[] {
                            java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
            return null;
        }
        String id = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (id == null || id.isBlank() || secret == null || secret.isEmpty() || id.length() > 200 || secret.length() > 200) {
            return null;
        }
        return new String[] {id, secret};
    }
}
