package cn.sz.dataexchange.api.listings.web;

import cn.sz.dataexchange.api.listings.application.CreatingListing;
import cn.sz.dataexchange.api.listings.application.EditingListing;
import cn.sz.dataexchange.api.listings.application.SubmittingListing;
import cn.sz.dataexchange.api.listings.application.ViewingListings;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Sellers' listings: create, read, change (a listed product changes as a new version), submit for validation. */
@RestController
@RequestMapping("/api/v1/listings")
public class ListingController {

    private final CreatingListing creating;
    private final EditingListing editing;
    private final SubmittingListing submitting;
    private final ViewingListings viewing;
    private final JsonMapper json;

    public ListingController(CreatingListing creating, EditingListing editing, SubmittingListing submitting,
                             ViewingListings viewing, JsonMapper json) {
        this.creating = creating;
        this.editing = editing;
        this.submitting = submitting;
        this.viewing = viewing;
        this.json = json;
    }

    @Operation(summary = "Draft a listing for one of your assets (seller)")
    @PostMapping
    public Mono<ResponseEntity<ListingView>> create(@Valid @RequestBody ListingRequests.CreateListing body,
                                                    @AuthenticationPrincipal Caller caller) {
        return creating.create(caller, ListingMapping.details(body))
                .map(r -> withETag(ResponseEntity.created(URI.create("/api/v1/listings/" + r.orElseThrow().id())),
                        r.orElseThrow()));
    }

    @Operation(summary = "Your listings, newest first (seller); all listings (admin, regulator)")
    @GetMapping
    public Mono<Page<ListingView>> list(@RequestParam(required = false) ListingStatus status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @AuthenticationPrincipal Caller caller) {
        return viewing.list(caller, Optional.ofNullable(status), PageQuery.of(page, size).orElseThrow())
                .map(r -> r.orElseThrow().map(ListingView::of));
    }

    @Operation(summary = "One listing with its versions (its seller, admin, regulator); the ETag is its revision")
    @GetMapping("/{id}")
    public Mono<ResponseEntity<ListingView>> one(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return viewing.one(caller, id).map(r -> withETag(ResponseEntity.ok(), r.orElseThrow()));
    }

    @Operation(summary = "Change a listing (seller); If-Match with the ETag guards against lost updates")
    @PatchMapping("/{id}")
    public Mono<ResponseEntity<ListingView>> patch(@PathVariable UUID id,
                                                   @Valid @RequestBody ListingRequests.PatchListing body,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @AuthenticationPrincipal Caller caller) {
        return editing.edit(caller, id, ListingMapping.patch(body), revision(ifMatch))
                .map(r -> withETag(ResponseEntity.ok(), r.orElseThrow()));
    }

    @Operation(summary = "Submit the working copy for validation (seller): 202, validation runs asynchronously")
    @PostMapping("/{id}/submit")
    public Mono<ResponseEntity<ValidationView>> submit(@PathVariable UUID id, @AuthenticationPrincipal Caller caller) {
        return submitting.submit(caller, id).map(r -> ResponseEntity.accepted()
                .location(URI.create("/api/v1/listings/" + id + "/validation"))
                .body(ValidationView.of(r.orElseThrow(), json, false)));
    }

    private static ResponseEntity<ListingView> withETag(ResponseEntity.BodyBuilder builder, Listing listing) {
        return builder.eTag("\"" + listing.revision() + "\"").body(ListingView.of(listing));
    }

    private static OptionalLong revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return OptionalLong.empty(); // any current listing matches
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw Refusal.invalidField(HttpHeaders.IF_MATCH, "must be an ETag of this listing, such as \"3\"").toException();
        }
    }
}
