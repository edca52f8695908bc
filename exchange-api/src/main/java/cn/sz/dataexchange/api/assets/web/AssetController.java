package cn.sz.dataexchange.api.assets.web;

import cn.sz.dataexchange.api.assets.application.ReadingAssets;
import cn.sz.dataexchange.api.assets.application.UploadingAsset;
import cn.sz.dataexchange.api.assets.application.ViewingAssets;
import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.validator.model.AssetFormat;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Data assets: streamed uploads, the seller's own list, and reading content back with Range. */
@RestController
@RequestMapping("/api/v1/assets")
public class AssetController {

    private final UploadingAsset uploading;
    private final ViewingAssets viewing;
    private final ReadingAssets reading;

    public AssetController(UploadingAsset uploading, ViewingAssets viewing, ReadingAssets reading) {
        this.uploading = uploading;
        this.viewing = viewing;
        this.reading = reading;
    }

    @Operation(summary = "Upload a CSV or JSON Lines data asset as the raw request body (seller); streamed, any size")
    @PostMapping
    public Mono<ResponseEntity<AssetView>> upload(ServerHttpRequest request,
                                                  @RequestParam(required = false) AssetFormat format,
                                                  @RequestParam(required = false) String name,
                                                  @RequestParam(required = false) Boolean sensitive,
                                                  @AuthenticationPrincipal Caller caller) {
        Flux<DataBuffer> body = request.getBody();
        if (name != null && (name.isBlank() || name.length() > 255)) {
            return Mono.error(Refusal.invalidField("name", "must have 1 to 255 characters").toException());
        }
        Optional<AssetFormat> declared = UploadMediaTypes.declared(request.getHeaders().getContentType(), format)
                .orElseThrow();
        var command = new UploadingAsset.UploadAsset(declared, name, Boolean.TRUE.equals(sensitive),
                request.getHeaders().getContentLength());
        return uploading.upload(caller, command, body)
                .map(result -> {
                    AssetView view = AssetView.of(result.orElseThrow());
                    return ResponseEntity.created(URI.create("/api/v1/assets/" + view.id())).body(view);
                });
    }

    @Operation(summary = "Your organisation's assets, newest first (seller)")
    @GetMapping
    public Mono<Page<AssetView>> list(@RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @AuthenticationPrincipal Caller caller) {
        return viewing.own(caller, PageQuery.of(page, size).orElseThrow()).map(r -> r.orElseThrow().map(AssetView::of));
    }

    @Operation(summary = "One asset (its owner, admins, regulators)")
    @GetMapping("/{id}")
    public Mono<AssetView> one(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(caller, id).map(r -> AssetView.of(r.orElseThrow()));
    }

    @Operation(summary = "The asset's content, decrypted, with single-range Range support (its owner)")
    @GetMapping("/{id}/content")
    public Mono<ResponseEntity<Flux<DataBuffer>>> content(@PathVariable UUID id,
                                                          @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                                                          @AuthenticationPrincipal Caller caller,
                                                          ServerHttpRequest request) {
        boolean headOnly = HttpMethod.HEAD.equals(request.getMethod());
        return viewing.owned(caller, id).map(r -> respond(r.orElseThrow(), range, headOnly));
    }

    /** A HEAD gets the GET's status and headers; the content is not read or decrypted for it. */
    private ResponseEntity<Flux<DataBuffer>> respond(DataAsset asset, String rangeHeader, boolean headOnly) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(UploadMediaTypes.of(asset.format()));
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        headers.setETag("\"" + asset.sha256() + "\"");
        List<HttpRange> ranges = parse(rangeHeader);
        if (ranges.size() != 1) {
            headers.setContentLength(asset.bytes());
            return new ResponseEntity<>(headOnly ? Flux.empty() : reading.range(asset, 0, asset.bytes()), headers,
                    HttpStatus.OK);
        }
        long start;
        long end;
        try {
            start = ranges.get(0).getRangeStart(asset.bytes());
            end = ranges.get(0).getRangeEnd(asset.bytes());
        } catch (IllegalArgumentException e) {
            throw unsatisfiable(asset);
        }
        if (start >= asset.bytes() || end < start) {
            throw unsatisfiable(asset);
        }
        headers.setContentLength(end - start + 1);
        headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + asset.bytes());
        return new ResponseEntity<>(headOnly ? Flux.empty() : reading.range(asset, start, end - start + 1), headers,
                HttpStatus.PARTIAL_CONTENT);
    }

    private static RuntimeException unsatisfiable(DataAsset asset) {
        return new Refusal(Refusal.Reason.RANGE_NOT_SATISFIABLE, "range-not-satisfiable", "Range not satisfiable",
                "The asset has " + asset.bytes() + " bytes; ask for one range within them",
                java.util.Map.of("size", asset.bytes())).toException();
    }

    private static List<HttpRange> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return HttpRange.parseRanges(header);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalidField(HttpHeaders.RANGE, "is not a valid byte range").toException();
        }
    }
}
