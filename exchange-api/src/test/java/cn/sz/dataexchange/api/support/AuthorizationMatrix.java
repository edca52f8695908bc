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
