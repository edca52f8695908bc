package cn.sz.dataexchange.api.support;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * An area's endpoints against every kind of caller. Each area of the service has one subclass
 * listing its routes; {@code RouteCoverageTest} fails when a route is in no subclass, so a new
 * endpoint cannot ship without its row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuthorizationMatrix extends IntegrationTest {

    /**
     * Who calls: nobody, the organisation that owns the resource, another organisation (both hold
     * SELLER and BUYER, so a 403 is about ownership), a platform administrator, a regulator; and
     * organisations holding only one market role, for role checks.
     */
    public enum Who { NONE, OWNER, OTHER, ADMIN, REGULATOR, SELLER_ONLY, BUYER_ONLY }

    /** One endpoint: how to call it as each caller, and the status each caller must get. */
    public record Row(HttpMethod method, String route, Function<Who, Call> call, Map<Who, Integer> expected) {
    }

    /** A concrete request: path and optional JSON body. */
    public record Call(String path, Object body) {
    }

    protected Members members;
    protected Members.Member owner;
    protected Members.Member other;
    protected Members.Member sellerOnly;
    protected Members.Member buyerOnly;
    protected String adminToken;
    protected String regulatorToken;

    /** The rows of this area. Paths are computed inside the {@code call} functions, when the callers exist. */
    protected abstract List<Row> rows();

    @BeforeAll
    void createCallers() {
        members = members();
        owner = members.admitted("Matrix Owner", "SELLER", "BUYER");
        other = members.admitted("Matrix Other", "SELLER", "BUYER");
        sellerOnly = members.seller();
        buyerOnly = members.buyer();
        adminToken = members.adminToken();
        regulatorToken = members.platformToken("REGULATOR");
    }

    /** Expected statuses for nobody, owner, other organisation, admin, regulator. */
    protected static Map<Who, Integer> expect(int none, int owner, int other, int admin, int regulator) {
        Map<Who, Integer> map = new EnumMap<>(Who.class);
        map.put(Who.NONE, none);
        map.put(Who.OWNER, owner);
        map.put(Who.OTHER, other);
        map.put(Who.ADMIN, admin);
        map.put(Who.REGULATOR, regulator);
        return map;
    }

    /** The five basic callers plus the single-role organisations. */
    protected static Map<Who, Integer> expect(int none, int owner, int other, int admin, int regulator,
                                              int sellerOnly, int buyerOnly) {
        Map<Who, Integer> map = expect(none, owner, other, admin, regulator);
        map.put(Who.SELLER_ONLY, sellerOnly);
        map.put(Who.BUYER_ONLY, buyerOnly);
        return map;
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * A HEAD is answered by the GET handler, so it must get exactly the GET's status for every
     * caller (never a 200 where the GET is refused). Routes whose GET must not run for a HEAD list
     * it in {@link #headRefused()}: those answer 405 to every caller that passes authentication.
     */
    @TestFactory
    Stream<DynamicTest> a_head_meets_the_same_rules_as_the_get() {
        return rows().stream().filter(row -> row.method() == HttpMethod.GET)
                .flatMap(row -> row.expected().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest("HEAD " + row.route() + " as " + e.getKey() + " -> "
                        + headStatus(row, e.getKey(), e.getValue()), () -> {
                    Call call = row.call().apply(e.getKey());
                    var result = http.method(HttpMethod.HEAD).uri(call.path())
                            .headers(h -> token(e.getKey()).ifPresent(h::setBearerAuth))
                            .exchange();
                    result.expectStatus().isEqualTo(headStatus(row, e.getKey(), e.getValue()));
                    result.expectBody().isEmpty();
                })));
    }

    private int headStatus(Row row, Who who, int getStatus) {
        if (headRefused().contains(row.route()) && getStatus != 401 && getStatus != 403) {
            return 405;
        }
        return getStatus;
    }

    /** GET routes that refuse a HEAD (405), e.g. because the GET uses something up. */
    protected java.util.Set<String> headRefused() {
        return java.util.Set.of();
    }

    /**
     * Every method no handler serves on a route is refused for every caller (401, 403 or 405, with
     * a problem body), whatever the role rules for the methods it does serve.
     */
    @TestFactory
    Stream<DynamicTest> methods_a_route_does_not_serve_are_refused_to_everyone() {
        java.util.Map<String, java.util.Set<HttpMethod>> served = new java.util.HashMap<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns()
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(m -> served
                        .computeIfAbsent(pattern.getPatternString(), k -> new java.util.HashSet<>())
                        .add(HttpMethod.valueOf(m.name())))));
        java.util.Map<String, Row> byRoute = new java.util.LinkedHashMap<>();
        rows().forEach(row -> byRoute.putIfAbsent(row.route(), row));
        List<HttpMethod> candidates = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
                HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE);
        return byRoute.values().stream().flatMap(row -> {
            java.util.Set<HttpMethod> mapped = new java.util.HashSet<>(served.getOrDefault(row.route(), java.util.Set.of()));
            if (mapped.contains(HttpMethod.GET)) {
                mapped.add(HttpMethod.HEAD); // tested against the GET's rules above
            }
            if (mapped.isEmpty()) {
                return Stream.empty(); // not a controller route (actuator, API docs): covered by the table
            }
            String path = row.call().apply(Who.OTHER).path();
            return candidates.stream().filter(m -> !mapped.contains(m)).flatMap(method -> Stream.of(Who.values())
                    .map(who -> DynamicTest.dynamicTest(method + " " + row.route() + " as " + who + " is refused", () -> {
                        var result = http.method(method).uri(path)
                                .headers(h -> token(who).ifPresent(h::setBearerAuth))
                                .exchange().returnResult(byte[].class);
                        // TRACE never reaches the rules: the firewall refuses the method itself (400).
                        org.assertj.core.api.Assertions.assertThat(result.getStatus().value())
                                .as(method + " " + path + " as " + who)
                                .isIn(method == HttpMethod.TRACE ? List.of(400) : List.of(401, 403, 405));
                        org.assertj.core.api.Assertions.assertThat(result.getResponseHeaders().getContentType())
                                .as("problem body").isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    })));
        });
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_caller_as_the_table_says() {
        return rows().stream().flatMap(row -> row.expected().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(row.method() + " " + row.route() + " as " + e.getKey() + " -> "
                        + e.getValue(), () -> {
                    Call call = row.call().apply(e.getKey());
                    var spec = http.method(row.method()).uri(call.path())
                            .headers(h -> token(e.getKey()).ifPresent(h::setBearerAuth));
                    var exchange = call.body() == null ? spec.exchange()
                            : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(call.body()).exchange();
                    exchange.expectStatus().isEqualTo(e.getValue());
                })));
    }

    protected Optional<String> token(Who who) {
        return Optional.ofNullable(switch (who) {
            case NONE -> null;
            case OWNER -> owner.token();
            case OTHER -> other.token();
            case ADMIN -> adminToken;
            case REGULATOR -> regulatorToken;
            case SELLER_ONLY -> sellerOnly.token();
            case BUYER_ONLY -> buyerOnly.token();
        });
    }

    protected static Map<String, Object> publicJwk() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONObject();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
