package cn.sz.dataexchange.api.delivery.web;

import cn.sz.dataexchange.api.delivery.application.DeliveringData;
import cn.sz.dataexchange.api.delivery.application.DeliveringData.Delivery;
import cn.sz.dataexchange.api.delivery.application.IssuingDeliveryToken;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.trading.model.TradeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
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

    /**
     * Writes the response itself rather than returning a body, so that the download's outcome is
     * what the connection wrote ({@link cn.sz.dataexchange.api.delivery.application.Transfer},
     * {@link ResponseConnection}).
     */
    @Operation(summary = "Download the purchased version (buyer); the token is used up; Range supported; logged")
    @ApiResponse(responseCode = "200", description = "The purchased version (206 with Content-Range for a range)",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/v1/deliveries/{token}")
    public Mono<Void> download(@PathVariable String token,
                               @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                               @AuthenticationPrincipal Caller caller, ServerHttpResponse response,
                               org.springframework.http.server.reactive.ServerHttpRequest request) {
        if (HttpMethod.HEAD.equals(request.getMethod())) {
            // The token is single-use and every download is the record of delivery: a HEAD would use it up
            // without delivering, so it is refused before the token is looked at.
            return Mono.error(new org.springframework.web.server.MethodNotAllowedException(HttpMethod.HEAD,
                    java.util.Set.of(HttpMethod.GET)));
        }
        return delivering.open(token, range, caller).flatMap(r -> {
            Delivery delivery = r.orElseThrow();
            if (delivery instanceof Delivery.Unsatisfiable unsatisfiable) {
                return unsatisfiable(unsatisfiable, response);
            }
            Delivery.Streaming s = (Delivery.Streaming) delivery;
            String sha = s.asset().sha256();
            HttpHeaders headers = response.getHeaders();
            response.setStatusCode(s.range().partial() ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK);
            headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            headers.setContentLength(s.range().length());
            headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
            headers.set(HttpHeaders.ETAG, "\"" + sha + "\"");
            headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":");
            headers.set(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trade-" + s.trade().id() + "."
                    + (s.asset().format() == null ? "bin" : s.asset().format().toLowerCase()) + "\"");
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            if (s.range().partial()) {
                headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + s.range().start() + "-" + s.range().endInclusive()
                        + "/" + s.asset().bytes());
            }
            return s.transfer().writeTo(ResponseConnection.of(response));
        });
    }

    private static Mono<Void> unsatisfiable(Delivery.Unsatisfiable unsatisfiable, ServerHttpResponse response) {
        String problem = "{\"type\":\"urn:sz-data-exchange:problem:range-not-satisfiable\","
                + "\"title\":\"Range not satisfiable\",\"status\":416,\"detail\":\"The asset has "
                + unsatisfiable.size() + " bytes; ask for one range within them (the token is not used up)\"}";
        byte[] body = problem.getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
        response.getHeaders().set(HttpHeaders.CONTENT_RANGE, "bytes */" + unsatisfiable.size());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
