package cn.sz.dataexchange.api.payment.infrastructure;

import cn.sz.dataexchange.api.payment.application.GatewayUnavailable;
import cn.sz.dataexchange.api.payment.application.PaymentGateway;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway over HTTP (wire protocol v1 of the settlement README) with WebClient. Replies are read
 * leniently (a newer gateway may add fields); 5xx and transport failures become
 * {@link GatewayUnavailable}, which the resilience operators retry and count.
 */
public class HttpPaymentGateway implements PaymentGateway {

    private final WebClient web;
    private final GatewayResilience resilience;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public HttpPaymentGateway(WebClient.Builder builder, URI baseUri, GatewayResilience resilience) {
        this.web = builder.baseUrl(baseUri.toString()).build();
        this.resilience = resilience;
    }

    @Override
    public Mono<EscrowOutcome> openEscrow(String key, String tradeId, String payerId, String payeeId, long amountFen) {
        Map<String, Object> body = Map.of("tradeId", tradeId, "payerId", payerId, "payeeId", payeeId,
                "amountFen", amountFen, "currency", "CNY");
        return command("/v1/escrows", key, body, reply -> switch (reply.status()) {
            case 201, 200 -> Mono.just(new EscrowOutcome.Held(reply.body().path("escrowId").asString()));
            case 402 -> Mono.just(new EscrowOutcome.Declined(reply.body().path("detail").asString("payment declined")));
            case 409 -> adoptExisting(tradeId, reply);
            default -> Mono.error(unexpected(reply));
        });
    }

    private Mono<EscrowOutcome> adoptExisting(String tradeId, Reply reply) {
        if (!"escrow-exists".equals(reply.code())) {
            return Mono.error(unexpected(reply));
        }
        return escrowOfTrade(tradeId).map(found -> found
                .<EscrowOutcome>map(e -> "HELD".equals(e.state()) ? new EscrowOutcome.Held(e.escrowId())
                        : new EscrowOutcome.Declined("the trade's escrow is " + e.state()))
                .orElse(new EscrowOutcome.Declined("the gateway reports an escrow it cannot find")));
    }

    @Override
    public Mono<CloseOutcome> release(String key, String escrowId, long feeFen) {
        return command("/v1/escrows/" + escrowId + "/release", key, Map.of("feeFen", feeFen), this::closed);
    }

    @Override
    public Mono<CloseOutcome> refund(String key, String escrowId, String reason) {
        return command("/v1/escrows/" + escrowId + "/refund", key, Map.of("reason", reason == null ? "" : reason),
                this::closed);
    }

    private Mono<CloseOutcome> closed(Reply reply) {
        return switch (reply.status()) {
            case 200 -> Mono.just(new CloseOutcome.Closed(reply.body().path("escrowId").asString(),
                    reply.body().path("state").asString(), reply.body().path("releasedToPayeeFen").asLong()));
            case 404, 409 -> Mono.just(new CloseOutcome.NotHeld(reply.body().path("escrowId").asString(null),
                    reply.code()));
            default -> Mono.error(unexpected(reply));
        };
    }

    @Override
    public Mono<PayoutOutcome> payout(String key, String payeeId, long amountFen) {
        return command("/v1/payouts", key, Map.of("payeeId", payeeId, "amountFen", amountFen, "currency", "CNY"),
                reply -> switch (reply.status()) {
                    case 201, 200 -> Mono.just(new PayoutOutcome.Paid(reply.body().path("payoutId").asString(),
                            reply.body().path("amountFen").asLong()));
                    case 409 -> Mono.just(new PayoutOutcome.Refused(reply.code()));
                    default -> Mono.error(unexpected(reply));
                });
    }

    @Override
    public Mono<Optional<EscrowStatus>> escrowOfTrade(String tradeId) {
        return resilience.call(web.get().uri(b -> b.path("/v1/escrows").queryParam("tradeId", tradeId).build())
                        .exchangeToMono(this::reply))
                .flatMap(reply -> switch (reply.status()) {
                    case 200 -> Mono.just(Optional.of(new EscrowStatus(reply.body().path("escrowId").asString(),
                            reply.body().path("state").asString(), reply.body().path("amountFen").asLong(),
                            reply.body().path("releasedToPayeeFen").asLong())));
                    case 404 -> Mono.just(Optional.<EscrowStatus>empty());
                    default -> Mono.error(unexpected(reply));
                });
    }

    @Override
    public Flux<GatewayOperation> operations(Instant from, Instant to) {
        return operationsAfter(from, to, null).expand(page -> page.next() == null ? Mono.empty()
                        : operationsAfter(from, to, page.next()))
                .concatMapIterable(OperationPage::operations);
    }

    private Mono<OperationPage> operationsAfter(Instant from, Instant to, String after) {
        return read(web.get().uri(b -> {
            b.path("/v1/operations").queryParam("from", from.toString()).queryParam("to", to.toString())
                    .queryParam("limit", PAGE);
            return (after == null ? b : b.queryParam("after", after)).build();
        })).flatMap(reply -> reply.status() == 200
                ? Mono.just(new OperationPage(java.util.stream.StreamSupport.stream(
                        reply.body().path("operations").spliterator(), false).map(HttpPaymentGateway::listed).toList(),
                        reply.body().path("next").asString(null)))
                : Mono.error(unexpected(reply)));
    }

    @Override
    public Mono<Optional<GatewayOperation>> operation(String kind, String reference) {
        String path = switch (kind) {
            case "ESCROW" -> "/v1/escrows/{id}";
            case "PAYOUT" -> "/v1/payouts/{id}";
            case "RELEASE", "REFUND" -> "/v1/operations/{id}";
            default -> throw new IllegalArgumentException("no such kind of operation: " + kind);
        };
        return read(web.get().uri(path, reference)).flatMap(reply -> switch (reply.status()) {
            case 200 -> Mono.just(lookedUp(kind, reference, reply.body()));
            case 404 -> Mono.just(Optional.<GatewayOperation>empty());
            default -> Mono.error(unexpected(reply));
        });
    }

    private static Optional<GatewayOperation> lookedUp(String kind, String reference, JsonNode body) {
        if (kind.equals("RELEASE") || kind.equals("REFUND")) {
            if (body.path("status").asInt() / 100 != 2) {
                return Optional.empty(); // the key was used, but the command moved no money
            }
            JsonNode escrow = body.path("response");
            return Optional.of(new GatewayOperation(kind, reference, escrow.path("escrowId").asString(null), null,
                    escrow.path("tradeId").asString(null), escrow.path("amountFen").asLong(), escrow.path("feeFen").asLong(),
                    escrow.path("state").asString(null), escrow.path("state").asString(null),
                    Instant.parse(body.path("completedAt").asString())));
        }
        String at = body.path(kind.equals("ESCROW") ? "updatedAt" : "createdAt").asString(null);
        return Optional.of(new GatewayOperation(kind, null, body.path("escrowId").asString(null),
                body.path("payoutId").asString(null), body.path("tradeId").asString(null), body.path("amountFen").asLong(),
                0, kind.equals("ESCROW") ? "HELD" : body.path("state").asString(null),
                kind.equals("ESCROW") ? body.path("state").asString(null) : null, at == null ? null : Instant.parse(at)));
    }

    private static GatewayOperation listed(JsonNode o) {
        return new GatewayOperation(o.path("kind").asString(), o.path("idempotencyKey").asString(),
                o.path("escrowId").asString(null), o.path("payoutId").asString(null), o.path("tradeId").asString(null),
                o.path("amountFen").asLong(), o.path("feeFen").asLong(), o.path("state").asString(null),
                o.path("escrowState").asString(null), Instant.parse(o.path("completedAt").asString()));
    }

    private Mono<Reply> read(WebClient.RequestHeadersSpec<?> request) {
        return resilience.call(request.exchangeToMono(this::reply));
    }

    private record OperationPage(java.util.List<GatewayOperation> operations, String next) {
    }

    private static final int PAGE = 1000;

    @Override
    public Optional<Duration> unavailableFor() {
        return resilience.unavailableFor();
    }

    private <T> Mono<T> command(String path, String key, Map<String, Object> body, Function<Reply, Mono<T>> outcome) {
        Mono<Reply> attempt = web.post().uri(path).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchangeToMono(this::reply);
        return resilience.call(attempt).flatMap(outcome);
    }

    private Mono<Reply> reply(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        if (status.is5xxServerError()) {
            return response.releaseBody().then(Mono.error(new GatewayUnavailable("gateway answered " + status.value())));
        }
        return response.bodyToMono(String.class).defaultIfEmpty("{}")
                .map(text -> new Reply(status.value(), json.readTree(text)));
    }

    private static GatewayUnavailable unexpected(Reply reply) {
        return new GatewayUnavailable("unexpected gateway reply " + reply.status() + " " + reply.code());
    }

    /** A reply that is not a 5xx: its status and JSON body. */
    record Reply(int status, JsonNode body) {

        String code() {
            return body.path("code").asString("");
        }
    }
}
