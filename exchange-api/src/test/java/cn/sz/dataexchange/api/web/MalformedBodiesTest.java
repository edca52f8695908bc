package cn.sz.dataexchange.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every operation that takes a JSON body, found from the handler mappings (so a new one is covered
 * without being listed), gets malformed bodies: a NUL or an unpaired surrogate in each string
 * field, a key given twice, overlong UTF-8, the wrong JSON type, huge numbers and strings, deep
 * nesting, and seeded random corruptions of a plausible body. Each answer is a 4xx problem, and
 * the targeted ones name the field. A caller whose role reaches the operation sends them, so the
 * body is really read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedBodiesTest extends IntegrationTest {

    private static final long SEED = 20261208L;
    private static final int RANDOM_BODIES_PER_OPERATION = 25;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    int port;

    private List<String> tokens;

    /** One operation with a JSON body: method, concrete path, and the body's Java type. */
    record Operation(HttpMethod method, String pattern, String path, Class<?> bodyType) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @BeforeAll
    void callers() {
        Members members = members();
        Members.Member member = members.admitted("Malformed Bodies Co", "SELLER", "BUYER");
        tokens = List.of(member.token(), members.adminToken(), members.platformToken("REGULATOR"));
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Class<?> bodyType = null;
            for (Parameter parameter : e.getValue().getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(RequestBody.class)) {
                    bodyType = parameter.getType();
                }
            }
            if (bodyType == null) {
                continue;
            }
            for (var pattern : e.getKey().getPatternsCondition().getPatterns()) {
                String template = pattern.getPatternString();
                String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    operations.add(new Operation(HttpMethod.valueOf(method.name()), template, path, bodyType));
                }
            }
        }
        assertThat(operations).as("operations with JSON bodies").hasSizeGreaterThan(10);
        return operations;
    }

    @TestFactory
    Stream<DynamicTest> every_json_operation_answers_malformed_bodies_with_a_4xx_problem() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            String token = reachingCaller(op);
            List<String> fields = stringFields(op.bodyType());
            String first = firstField(op.bodyType());
            for (String field : fields) {
                assertNamed(send(op, token, utf8("{\"" + field + "\":\"a\\u0000b\"}")), 400, field, "NUL");
                assertNamed(send(op, token, utf8("{\"" + field + "\":\"a\\ud800b\"}")), 400, field, "surrogate");
            }
            if (first != null) {
                assertType(send(op, token, utf8("{\"" + first + "\":null,\"" + first + "\":null}")), 400, "duplicate-key");
                assertType(send(op, token, overlong(first)), 400, "malformed-utf8");
                assert4xx(send(op, token, utf8("{\"" + first + "\":" + "9".repeat(2000) + "}")), List.of(400));
                assert4xx(send(op, token, utf8("{\"" + first + "\":1e999999999}")), List.of(400));
                assert4xx(send(op, token, utf8("{\"" + first + "\":" + "[".repeat(2000) + "]".repeat(2000) + "}")),
                        List.of(400));
                assert4xx(send(op, token, utf8("{\"" + first + "\":\"" + "x".repeat(300_000) + "\"}")), List.of(413));
            }
            assert4xx(send(op, token, utf8("[]")), List.of(400));
            assert4xx(send(op, token, utf8("\"a string\"")), List.of(400));
            assert4xx(send(op, token, utf8("12345678901234567890")), List.of(400));
            assert4xx(send(op, token, utf8("{\"unknown\u0000key\":1}")), List.of(400));
            Random random = new Random(SEED ^ op.toString().hashCode());
            for (int i = 0; i < RANDOM_BODIES_PER_OPERATION; i++) {
                byte[] body = corrupt(plausible(op.bodyType(), random), random);
                var result = send(op, token, body);
                assertThat(result.getStatus().value()).as(op + " with body " + show(body)).isLessThan(500);
                if (result.getStatus().isError()) {
                    assertThat(result.getResponseHeaders().getContentType()).as(op + " problem for " + show(body))
                            .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                }
            }
        }));
    }

    /** The first of the test's callers whose role lets it reach the operation (the body is then read). */
    private String reachingCaller(Operation op) {
        for (String token : tokens) {
            int status = send(op, token, utf8("[]")).getStatus().value();
            if (status != 401 && status != 403) {
                return token;
            }
        }
        throw new AssertionError(op + ": no caller of this test reaches it, so its body is never read");
    }

    /** Sends the body; when the caller's request budget is spent (429), sends it again once the budget refills. */
    private EntityExchangeResult<byte[]> send(Operation op, String token, byte[] body) {
        var result = new java.util.concurrent.atomic.AtomicReference<EntityExchangeResult<byte[]>>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> {
                    result.set(sendOnce(op, token, body));
                    return result.get().getStatus().value() != 429;
                });
        return result.get();
    }

    private EntityExchangeResult<byte[]> sendOnce(Operation op, String token, byte[] body) {
        return http.method(op.method()).uri(java.net.URI.create("http://127.0.0.1:" + port + op.path()))
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                    h.set("If-Match", "*");
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectBody(byte[].class).returnResult();
    }

    private static void assert4xx(EntityExchangeResult<byte[]> result, List<Integer> allowed) {
        assertThat(result.getStatus().value()).as(describe(result)).isIn(allowed);
        assertThat(result.getResponseHeaders().getContentType()).as(describe(result))
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static void assertType(EntityExchangeResult<byte[]> result, int status, String type) {
        assert4xx(result, List.of(status));
        assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).as(describe(result))
                .contains("problem:" + type);
    }

    private static void assertNamed(EntityExchangeResult<byte[]> result, int status, String field, String says) {
        assert4xx(result, List.of(status));
        String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(body).as(describe(result)).contains("\"field\":\"" + field + "\"").contains(says);
    }

    private static String describe(EntityExchangeResult<byte[]> result) {
        return result.getMethod() + " " + result.getUrl().getPath() + " -> " + result.getStatus() + " "
                + (result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8));
    }

    private static List<String> stringFields(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == String.class) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }

    private static String firstField(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length > 0 ? type.getRecordComponents()[0].getName() : null;
    }

    /** A body of the right shape at the top level, with values of plausible kinds. */
    private static String plausible(Class<?> type, Random random) {
        StringBuilder json = new StringBuilder("{");
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(components[i].getName()).append("\":").append(value(components[i].getType(), random));
        }
        return json.append('}').toString();
    }

    private static String value(Class<?> type, Random random) {
        if (type == String.class) {
            return "\"text " + random.nextInt(1000) + "\"";
        }
        if (type == UUID.class) {
            return "\"" + UUID.randomUUID() + "\"";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return Integer.toString(random.nextInt(100_000));
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.toString(random.nextBoolean());
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return "[]";
        }
        return "{}";
    }

    /** One of several corruptions, chosen by the seeded random source. */
    private static byte[] corrupt(String json, Random random) {
        byte[] bytes = utf8(json);
        switch (random.nextInt(7)) {
            case 0 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)); // truncated
            }
            case 1 -> {
                byte[] copy = bytes.clone(); // a byte replaced by an invalid or control byte
                copy[random.nextInt(copy.length)] = (byte) new int[] {0x00, 0x80, 0xC0, 0xFF, 0x1F, 0xF5}[random.nextInt(6)];
                return copy;
            }
            case 2 -> {
                return utf8(json.replaceFirst("\"text", "\"\\\\u0000text")); // NUL escape in the first string
            }
            case 3 -> {
                return utf8(json.replaceFirst(":", ":{\"nested\":" + "[".repeat(random.nextInt(600)) + "0" + "]".repeat(1) + "}"));
            }
            case 4 -> {
                return utf8(json.replaceFirst("\\d+", "-" + "9".repeat(1 + random.nextInt(3000))));
            }
            case 5 -> {
                return utf8(json.substring(0, json.length() - 1) + "," + json.substring(1)); // every key twice
            }
            default -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(); // random bytes inside a string
                out.writeBytes(utf8("{\"" + (json.length() > 3 ? json.substring(2, json.indexOf('"', 2)) : "x") + "\":\""));
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    out.write(random.nextInt(256));
                }
                out.writeBytes(utf8("\"}"));
                return out.toByteArray();
            }
        }
    }

    private static byte[] overlong(String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"" + field + "\":\"x"));
        out.write(0xC0);
        out.write(0xAF);
        out.writeBytes(utf8("y\"}"));
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String show(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
