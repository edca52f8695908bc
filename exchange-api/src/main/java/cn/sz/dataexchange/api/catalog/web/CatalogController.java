package cn.sz.dataexchange.api.catalog.web;

import cn.sz.dataexchange.api.catalog.application.CatalogEntries;
import cn.sz.dataexchange.api.catalog.application.CatalogItem;
import cn.sz.dataexchange.api.catalog.application.CatalogQuery;
import cn.sz.dataexchange.api.catalog.application.SearchPage;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What is on sale, for any member: search, and the same as DCAT JSON-LD. */
@RestController
@RequestMapping("/api/v1/catalog")
public class CatalogController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final CatalogEntries entries;

    public CatalogController(CatalogEntries entries) {
        this.entries = entries;
    }

    @Operation(summary = "Search listed products by text, category, price range (fen) and personal-data presence")
    @GetMapping
    public Mono<SearchPage<CatalogItem>> search(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) Long minPriceFen,
                                          @RequestParam(required = false) Long maxPriceFen,
                                          @RequestParam(required = false) Boolean personalData,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return entries.search(query(q, category, minPriceFen, maxPriceFen, personalData, page, size));
    }

    @Operation(summary = "The catalog as DCAT JSON-LD (dcat:Catalog of dcat:Dataset), paginated and filtered like the search")
    @GetMapping(value = "/dcat", produces = {"application/ld+json", "application/json"})
    public Mono<ResponseEntity<Map<String, Object>>> dcat(@RequestParam(required = false) String q,
                                                          @RequestParam(required = false) String category,
                                                          @RequestParam(required = false) Long minPriceFen,
                                                          @RequestParam(required = false) Long maxPriceFen,
                                                          @RequestParam(required = false) Boolean personalData,
                                                          @RequestParam(required = false) Integer page,
                                                          @RequestParam(required = false) Integer size,
                                                          ServerHttpRequest request) {
        return entries.search(query(q, category, minPriceFen, maxPriceFen, personalData, page, size))
                .map(p -> ResponseEntity.ok().contentType(JSON_LD).body(DcatDocument.of(p, request.getURI().toString())));
    }

    private static CatalogQuery query(String q, String category, Long min, Long max, Boolean personalData, Integer page,
                                      Integer size) {
        PageQuery pageQuery = PageQuery.of(page, size).orElseThrow();
        return CatalogQuery.of(q, category, min, max, personalData, pageQuery).orElseThrow();
    }
}
