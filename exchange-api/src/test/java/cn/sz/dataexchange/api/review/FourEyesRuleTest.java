package cn.sz.dataexchange.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.model.Licence;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.review.model.FourEyesRule;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Sensitive or biometric data need two different administrators; anything else one. */
class FourEyesRuleTest {

    private static ProductDetails declaring(Set<DataCategory> categories) {
        ListingManifest m = new ListingManifest("x", !categories.isEmpty(), categories, null, null, List.of(), null,
                Set.of(Purpose.STATISTICS), List.of(), null, false, List.of());
        return new ProductDetails("t", "", "finance", UUID.randomUUID(), m, 1,
                new Licence(Set.of(Purpose.STATISTICS), 1, List.of("CN"), false, true), List.of());
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void each_category_needs_two_approvals_exactly_when_it_is_sensitive_or_biometric(DataCategory category) {
        int expected = category.sensitive() || category.biometric() ? 2 : 1;
        assertThat(FourEyesRule.approvalsRequired(declaring(Set.of(category)))).isEqualTo(expected);
    }

    @Test
    void data_without_personal_data_needs_one_approval() {
        assertThat(FourEyesRule.approvalsRequired(declaring(Set.of()))).isEqualTo(1);
    }

    @Test
    void the_same_administrator_cannot_give_the_second_approval() {
        Result<Boolean> again = FourEyesRule.approval(2, Set.of("admin-a"), "admin-a");
        assertThat(again.isAccepted()).isFalse();
        assertThat(((Result.Refused<Boolean>) again).refusal().type()).isEqualTo("four-eyes");
    }

    @Test
    void the_second_different_administrator_settles_and_the_first_does_not() {
        assertThat(FourEyesRule.approval(2, Set.of(), "admin-a").orElseThrow()).isFalse();
        assertThat(FourEyesRule.approval(2, Set.of("admin-a"), "admin-b").orElseThrow()).isTrue();
        assertThat(FourEyesRule.approval(1, Set.of(), "admin-a").orElseThrow()).isTrue();
    }
}
