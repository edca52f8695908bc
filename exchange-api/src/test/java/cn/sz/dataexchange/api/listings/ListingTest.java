package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.model.Licence;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.listings.model.StatusMove;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The listing aggregate applies the table, keeps one version on the shelf, and versions changes to listed products. */
class ListingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static ProductDetails details(String title) {
        ListingManifest manifest = new ListingManifest("x", false, Set.of(), null, null, List.of(), null,
                Set.of(Purpose.STATISTICS), List.of(DataSource.ownCollection()), null, false, List.of());
        return new ProductDetails(title, "", "finance", UUID.randomUUID(), manifest, 100,
                new Licence(Set.of(Purpose.STATISTICS), 30, List.of("CN"), false, true), List.of());
    }

    private static Listing draft() {
        return Listing.create(UUID.randomUUID(), OrgId.random(), details("v1"), NOW);
    }

    private static Listing apply(Listing l, Function<Listing, Result<ListingChange>> command) {
        return command.apply(l).orElseThrow().after();
    }

    private static Listing listed() {
        Listing l = apply(draft(), x -> x.submit(NOW));
        l = apply(l, x -> x.validated(1, true, "passed", NOW));
        return apply(l, x -> x.approve("ok", NOW));
    }

    @Test
    void a_draft_goes_through_validation_and_review_to_listed() {
        Listing l = apply(draft(), x -> x.submit(NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.VALIDATING);
        l = apply(l, x -> x.validated(1, true, "passed", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.PENDING_REVIEW);
        assertThat(l.latest().reviewRound()).isEqualTo(1);
        l = apply(l, x -> x.approve("ok", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(l.onShelf()).isPresent();
    }

    @Test
    void a_blocking_finding_rejects_and_a_rejected_version_is_fixed_in_a_new_version() {
        Listing l = apply(apply(draft(), x -> x.submit(NOW)), x -> x.validated(1, false, "LV-CONSENT-01", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.REJECTED);
        ListingChange edit = l.edit(d -> details("v2"), NOW).orElseThrow();
        assertThat(edit.after().versions()).hasSize(2);
        assertThat(edit.after().latest().status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(edit.moves()).containsExactly(new StatusMove(2, null, ListingStatus.DRAFT, "new version of REJECTED version 1"));
    }

    @Test
    void changing_a_listed_product_keeps_it_on_sale_until_the_new_version_is_approved() {
        Listing l = apply(listed(), x -> x.edit(d -> details("v2"), NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(l.onShelf().orElseThrow().number()).isEqualTo(1);
        l = apply(apply(apply(l, x -> x.submit(NOW)), x -> x.validated(2, true, "passed", NOW)), x -> x.approve("ok", NOW));
        assertThat(l.onShelf().orElseThrow().number()).isEqualTo(2);
        assertThat(l.version(1).orElseThrow().status()).isEqualTo(ListingStatus.SUPERSEDED);
    }

    @Test
    void a_suspended_version_that_passes_revalidation_waits_for_review_and_is_reinstated_by_approval() {
        Listing l = apply(listed(), x -> x.suspend("consent withdrawn", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.SUSPENDED);
        assertThat(l.revalidationTarget().isAccepted()).isTrue();
        l = apply(l, x -> x.revalidated(1, true, NOW));
        assertThat(l.underReview()).isPresent();
        l = apply(l, x -> x.approve("coverage restored", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.LISTED);
    }

    @Test
    void a_failed_revalidation_leaves_the_version_suspended_and_out_of_review() {
        Listing l = apply(apply(listed(), x -> x.suspend("withdrawal", NOW)), x -> x.revalidated(1, false, NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.SUSPENDED);
        assertThat(l.underReview()).isEmpty();
    }

    @Test
    void illegal_moves_are_refused_naming_the_current_status() {
        Listing draft = draft();
        for (Result<ListingChange> refused : List.of(draft.approve("x", NOW), draft.suspend("x", NOW),
                draft.delist("x", NOW), draft.reject("x", NOW), draft.validated(1, true, "x", NOW))) {
            Result.Refused<ListingChange> r = (Result.Refused<ListingChange>) refused;
            assertThat(r.refusal().reason().status()).isEqualTo(409);
            assertThat(r.refusal().properties()).containsEntry("currentStatus", "DRAFT");
        }
        Listing validating = apply(draft, x -> x.submit(NOW));
        assertThat(validating.edit(d -> d, NOW).isAccepted()).isFalse();
        assertThat(validating.submit(NOW).isAccepted()).isFalse();
    }

    @Test
    void a_delisted_listing_accepts_nothing_more() {
        Listing l = apply(listed(), x -> x.delist("seller stopped", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.DELISTED);
        assertThat(l.edit(d -> d, NOW).isAccepted()).isFalse();
        assertThat(l.submit(NOW).isAccepted()).isFalse();
        assertThat(l.suspend("x", NOW).isAccepted()).isFalse();
    }

    @Test
    void changes_requested_reopen_the_same_version_as_a_draft() {
        Listing l = apply(apply(apply(draft(), x -> x.submit(NOW)), x -> x.validated(1, true, "ok", NOW)),
                x -> x.requestChanges("describe the columns", NOW));
        assertThat(l.status()).isEqualTo(ListingStatus.CHANGES_REQUESTED);
        l = apply(l, x -> x.edit(d -> details("better"), NOW));
        assertThat(l.versions()).hasSize(1);
        assertThat(l.latest().status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(l.latest().details().title()).isEqualTo("better");
    }
}
