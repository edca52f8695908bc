package cn.sz.dataexchange.api.listings;

import cn.sz.dataexchange.api.support.AuthorizationMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;

/**
 * Assets, listings, validation, review, the consent ledger, public data, the catalog and the
 * vocabularies against every kind of caller. OWNER owns the resources; to OTHER (and to the
 * seller-only organisation) a seller's assets and listings do not exist (404).
 */
class ListingsAuthorizationMatrixTest extends AuthorizationMatrix {

    private ListingFixtures fixtures;
    private UUID asset;
    private UUID draft;
    private UUID validated;

    private ListingFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new ListingFixtures(http);
        }
        return fixtures;
    }

    private UUID asset() {
        if (asset == null) {
            asset = fixtures().upload(owner, "district,households\nFutian,1200\n".getBytes());
        }
        return asset;
    }

    private UUID freshDraft() {
        return fixtures().createListing(owner, ListingFixtures.listingBody(asset(), "Households",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))), 500));
    }

    private UUID draft() {
        if (draft == null) {
            draft = freshDraft();
        }
        return draft;
    }

    private UUID pendingReview() {
        UUID id = freshDraft();
        fixtures().submit(owner, id);
        fixtures().awaitValidation(owner.token(), id);
        return id;
    }

    private UUID validated() {
        if (validated == null) {
            validated = pendingReview();
        }
        return validated;
    }

    private UUID listed() {
        UUID id = pendingReview();
        fixtures().decide(adminToken, id, "APPROVE", "fine", 200);
        return id;
    }

    private static Row row(HttpMethod method, String route, Supplier<String> path, Object body, Map<Who, Integer> expected) {
        return new Row(method, route, who -> new Call(path.get(), body), expected);
    }

    /** The authority's file names a dataset's id, fields and key before its fingerprints. */
    private static Map<String, Object> fingerprintDataset() {
        Map<String, Object> dataset = new java.util.LinkedHashMap<>();
        dataset.put("datasetId", "matrix-dataset");
        dataset.put("fields", List.of("name"));
        dataset.put("keyHex", "00112233445566778899aabbccddeeff");
        dataset.put("fingerprints", List.of());
        return dataset;
    }

    @Override
    protected List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row(HttpMethod.POST, "/api/v1/assets", () -> "/api/v1/assets", Map.of("district", "Futian", "n", 1),
                expect(401, 201, 201, 403, 403, 201, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/assets", () -> "/api/v1/assets", null, expect(401, 200, 200, 403, 403, 200, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/assets/{id}", () -> "/api/v1/assets/" + asset(), null,
                expect(401, 200, 404, 200, 200, 404, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/assets/{id}/content", () -> "/api/v1/assets/" + asset() + "/content", null,
                expect(401, 200, 404, 403, 403, 404, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/listings", who -> new Call("/api/v1/listings",
                ListingFixtures.listingBody(asset(), "Households", ListingFixtures.plainManifest(
                        List.of(Map.of("kind", "OWN_COLLECTION"))), 500)), expect(401, 201, 400, 403, 403, 400, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/listings", () -> "/api/v1/listings", null,
                expect(401, 200, 200, 200, 200, 200, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/listings/{id}", () -> "/api/v1/listings/" + draft(), null,
                expect(401, 200, 404, 200, 200, 404, 403)));
        rows.add(row(HttpMethod.PATCH, "/api/v1/listings/{id}", () -> "/api/v1/listings/" + draft(),
                Map.of("title", "Households by district"), expect(401, 200, 404, 403, 403, 404, 403)));
        rows.add(row(HttpMethod.POST, "/api/v1/listings/{id}/submit", () -> "/api/v1/listings/" + freshDraft() + "/submit",
                null, expect(401, 202, 404, 403, 403, 404, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/listings/{id}/validation",
                () -> "/api/v1/listings/" + validated() + "/validation", null, expect(401, 200, 404, 200, 200, 404, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/listings/{id}/validation/events",
                () -> "/api/v1/listings/" + validated() + "/validation/events", null,
                expect(401, 200, 404, 200, 200, 404, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/listings/{id}/decisions", who -> new Call("/api/v1/listings/"
                + (who == Who.ADMIN ? pendingReview() : draft()) + "/decisions",
                Map.of("decision", "REQUEST_CHANGES", "reason", "describe the columns")),
                expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/listings/{id}/decisions", () -> "/api/v1/listings/" + draft() + "/decisions",
                null, expect(401, 200, 404, 200, 200, 404, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/listings/{id}/suspend", who -> new Call("/api/v1/listings/"
                + (who == Who.ADMIN ? listed() : draft()) + "/suspend", Map.of("reason", "under investigation")),
                expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/listings/{id}/delist", who -> new Call("/api/v1/listings/"
                + (who == Who.ADMIN || who == Who.OWNER ? listed() : draft()) + "/delist", Map.of("reason", "withdrawn")),
                expect(401, 200, 404, 200, 403, 404, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/review/queue", () -> "/api/v1/review/queue", null,
                expect(401, 403, 403, 200, 200, 403, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/catalog", () -> "/api/v1/catalog", null,
                expect(401, 200, 200, 200, 200, 200, 200)));
        rows.add(row(HttpMethod.GET, "/api/v1/catalog/dcat", () -> "/api/v1/catalog/dcat", null,
                expect(401, 200, 200, 200, 200, 200, 200)));
        rows.add(row(HttpMethod.POST, "/api/v1/consents", () -> "/api/v1/consents",
                Map.of("subjectKey", ListingFixtures.sha256("subject"), "purposes", List.of("STATISTICS"),
                        "givenAt", "2025-01-01T00:00:00Z", "noticeVersion", "v1",
                        "evidence", Map.of("receiptSha256", ListingFixtures.sha256("receipt"))),
                expect(401, 200, 200, 403, 403, 200, 403)));
        rows.add(new Row(HttpMethod.POST, "/api/v1/consents/withdrawals", who -> new Call("/api/v1/consents/withdrawals",
                Map.of("sellerOrgId", owner.orgId().toString(), "reason", "complaint",
                        "subjects", List.of(Map.of("subjectKey", ListingFixtures.sha256("subject"))))),
                expect(401, 200, 403, 200, 403, 403, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/consents/coverage", () -> "/api/v1/consents/coverage?listing=" + validated(),
                null, expect(401, 200, 404, 200, 200, 404, 403)));
        rows.add(row(HttpMethod.POST, "/api/v1/public-data/catalog", () -> "/api/v1/public-data/catalog",
                Map.of("entries", List.of(Map.of("id", "matrix-entry", "title", "Bus stops", "providingAgency", "Transport",
                        "openCategory", "UNCONDITIONAL"))), expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/public-data/catalog", () -> "/api/v1/public-data/catalog", null,
                expect(401, 200, 200, 200, 200, 200, 200)));
        rows.add(row(HttpMethod.POST, "/api/v1/public-data/fingerprints", () -> "/api/v1/public-data/fingerprints",
                Map.of("datasets", List.of(fingerprintDataset())),
                expect(401, 403, 403, 200, 403, 403, 403)));
        rows.add(row(HttpMethod.GET, "/api/v1/vocabulary/purposes", () -> "/api/v1/vocabulary/purposes", null,
                expect(200, 200, 200, 200, 200, 200, 200)));
        rows.add(row(HttpMethod.GET, "/api/v1/vocabulary/data-categories", () -> "/api/v1/vocabulary/data-categories", null,
                expect(200, 200, 200, 200, 200, 200, 200)));
        return rows;
    }

}
