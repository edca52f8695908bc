package cn.sz.dataexchange.api.delivery.web;

import cn.sz.dataexchange.api.delivery.application.DeliveringData;
import cn.sz.dataexchange.api.delivery.application.DeliveringData.Delivery;
import cn.sz.dataexchange.api.delivery.application.IssuingDeliveryToken;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.trading.model.TradeId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Delivery tokens and the streamed download of the purchased version, with HTTP Range. */
@RestController
public class DeliveryController {

    private final IssuingDeliveryToken issuing;
    private final DeliveringData delivering;

    public DeliveryController(IssuingDeliveryToken issuing, DeliveringData delivering) {
        this.issuing = issuing;
        this.delivering = delivering;
    }

    @Operation(summary = "A single-use, short-lived delivery token for an escrowed trade (buyer); shown once")
    @PostMapping("/api/v1/trades/{id}/delivery-tokens")
    public Mono<ResponseEntity<Map<String, Object>>> issue(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return issuing.issue(new TradeId(id), caller).map(r -> {
            var issued = r.orElseThrow();
            var product = issued.trade().product();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", issued.token());
            body.put("url", "/api/v1/deliveries/" + issued.token());
            body.put("expiresAt", issued.expiresAt().toString());
            body.put("sha256", product.assetSha256());
            body.put("bytes", product.assetBytes());
            body.put("tradeId", id.toString());
            body.put("state", issued.trade().state().name());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        });
    }

    @Operation(summary = "Download the purchased version (buyer); the token is used up; Range supported; logged")
    @GetMapping("/api/v1/deliveries/{token}")
    public Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String token,
                                            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                            @AuthenticationPrincipal Caller caller,
                                            org.springframework.http.server.reactive.ServerHttpRequest request) {
        if (HttpMethod.HEAD.equals(request.getMethod())) {
            // The token is single-use and every download is the record of delivery: a HEAD would use it up
            // without delivering, so it is refused before the token is looked at.
            return Mono.error(new org.springframework.web.server.MethodNotAllowedException(HttpMethod.HEAD,
                    java.util.Set.of(HttpMethod.GET)));
        }
        return delivering.open(token, range, caller).map(r -> {
            Delivery delivery = r.orElseThrow();
            if (delivery instanceof Delivery.Unsatisfiable unsatisfiable) {
                String problem = "{\"type\":\"urn:sz-data-exchange:problem:range-not-satisfiable\","
                        + "\"title\":\"Range not satisfiable\",\"status\":416,\"detail\":\"The asset has "
                        + unsatisfiable.size() + " bytes; ask for one range within them (the token is not used up)\"}";
                return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                        .header(HttpHeaders.CONTENT_RANGE, "bytes */" + unsatisfiable.size())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(
                                problem.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
            Delivery.Streaming s = (Delivery.Streaming) delivery;
            String sha = s.asset().sha256();
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(s.range().partial() ? HttpStatus.PARTIAL_CONTENT
                            : HttpStatus.OK)
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .contentLength(s.range().length())
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .header(HttpHeaders.ETAG, "\"" + sha + "\"")
                    .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trade-" + s.trade().id() + "."
                            + (s.asset().format() == null ? "bin" : s.asset().format().toLowerCase()) + "\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (s.range().partial()) {
                builder.header(HttpHeaders.CONTENT_RANGE, "bytes " + s.range().start() + "-" + s.range().endInclusive()
                        + "/" + s.asset().bytes());
            }
            return builder.body(s.body());
        });
    }
}
