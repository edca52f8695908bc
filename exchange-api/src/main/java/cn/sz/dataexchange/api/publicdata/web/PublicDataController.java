package cn.sz.dataexchange.api.publicdata.web;

import cn.sz.dataexchange.api.publicdata.application.ImportingCatalogEntries;
import cn.sz.dataexchange.api.publicdata.application.ImportingFingerprints;
import cn.sz.dataexchange.api.publicdata.application.PublicDataEntries;
import cn.sz.dataexchange.api.publicdata.model.OpenCategoryCode;
import cn.sz.dataexchange.api.publicdata.model.PublicDataEntry;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public data catalog and the fingerprints of non-open datasets (administrators write, members read the catalog). */
@RestController
@RequestMapping("/api/v1/public-data")
public class PublicDataController {

    private final ImportingCatalogEntries importingEntries;
    private final ImportingFingerprints importingFingerprints;
    private final PublicDataEntries entries;

    public PublicDataController(ImportingCatalogEntries importingEntries, ImportingFingerprints importingFingerprints,
                                PublicDataEntries entries) {
        this.importingEntries = importingEntries;
        this.importingFingerprints = importingFingerprints;
        this.entries = entries;
    }

    /** Catalog entries to import. */
    public record CatalogImportRequest(@NotEmpty @Size(max = 5000) List<@Valid @NotNull EntryRequest> entries) {
    }

    /** One entry: id, title, providing agency, open category, conditions of use. */
    public record EntryRequest(@NotBlank @Size(max = 200) @Pattern(regexp = "[\\p{L}\\p{N}._:/-]+") String id,
                               @NotBlank @Size(max = 500) String title,
                               @NotBlank @Size(max = 200) String providingAgency,
                               @NotNull OpenCategoryCode openCategory,
                               @Size(max = 4000) String conditions) {
    }

    /** A catalog entry as the API shows it. */
    public record EntryView(String id, String title, String providingAgency, OpenCategoryCode openCategory,
                            String conditions, Instant updatedAt) {

        static EntryView of(PublicDataEntry e) {
            return new EntryView(e.id(), e.title(), e.providingAgency(), e.openCategory(), e.conditions(), e.updatedAt());
        }
    }

    @Operation(summary = "Import public data catalog entries, created or replaced by id (admin)")
    @PostMapping("/catalog")
    public Mono<ImportingCatalogEntries.Imported> importCatalog(@Valid @RequestBody CatalogImportRequest body,
                                                                @AuthenticationPrincipal Caller caller) {
        return importingEntries.importEntries(caller, body.entries().stream()
                .map(e -> new ImportingCatalogEntries.ImportEntry(e.id(), e.title(), e.providingAgency(), e.openCategory(),
                        e.conditions()))
                .toList());
    }

    @Operation(summary = "Read the public data catalog (any member)")
    @GetMapping("/catalog")
    public Mono<Page<EntryView>> catalog(@RequestParam(required = false) OpenCategoryCode openCategory,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return entries.list(Optional.ofNullable(openCategory), PageQuery.of(page, size).orElseThrow())
                .map(p -> p.map(EntryView::of));
    }

    @Operation(summary = "Upload keyed fingerprints of non-open datasets, streamed (admin); each dataset in the file replaces its previous upload")
    @PostMapping(value = "/fingerprints", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ImportingFingerprints.Imported> importFingerprints(ServerHttpRequest request,
                                                                   @AuthenticationPrincipal Caller caller) {
        return importingFingerprints.importFile(caller, request.getBody());
    }
}
