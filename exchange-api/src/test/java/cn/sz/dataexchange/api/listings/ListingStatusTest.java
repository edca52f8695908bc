package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.model.ListingStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status table is the specified one, plus the two moves ADR 0050 adds; codes never change. */
class ListingStatusTest {

    @Test
    void the_table_allows_exactly_the_documented_moves() {
        Map<ListingStatus, Set<ListingStatus>> expected = Map.of(
                ListingStatus.DRAFT, Set.of(ListingStatus.VALIDATING),
                ListingStatus.VALIDATING, Set.of(ListingStatus.REJECTED, ListingStatus.PENDING_REVIEW, ListingStatus.DRAFT),
                ListingStatus.REJECTED, Set.of(),
                ListingStatus.PENDING_REVIEW, Set.of(ListingStatus.LISTED, ListingStatus.REJECTED,
                        ListingStatus.CHANGES_REQUESTED),
                ListingStatus.CHANGES_REQUESTED, Set.of(ListingStatus.DRAFT),
                ListingStatus.LISTED, Set.of(ListingStatus.SUSPENDED, ListingStatus.DELISTED, ListingStatus.SUPERSEDED),
                ListingStatus.SUSPENDED, Set.of(ListingStatus.LISTED, ListingStatus.DELISTED, ListingStatus.SUPERSEDED),
                ListingStatus.DELISTED, Set.of(),
                ListingStatus.SUPERSEDED, Set.of());
        for (ListingStatus from : ListingStatus.values()) {
            for (ListingStatus to : ListingStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected.get(from).contains(to));
            }
        }
    }

    @Test
    void persisted_codes_are_stable_and_distinct() {
        assertThat(Arrays.stream(ListingStatus.values()).collect(Collectors.toMap(Enum::name, ListingStatus::code)))
                .isEqualTo(Map.of("DRAFT", 10, "VALIDATING", 20, "REJECTED", 30, "PENDING_REVIEW", 40,
                        "CHANGES_REQUESTED", 50, "LISTED", 60, "SUSPENDED", 70, "DELISTED", 80, "SUPERSEDED", 90));
    }

    @ParameterizedTest
    @EnumSource(ListingStatus.class)
    void every_code_reads_back_as_its_status(ListingStatus status) {
        assertThat(ListingStatus.ofCode(status.code())).isEqualTo(status);
    }
}
