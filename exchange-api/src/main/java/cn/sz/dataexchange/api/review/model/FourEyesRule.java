package cn.sz.dataexchange.api.review.model;

import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.Set;

/**
 * Four eyes (ADR 0055): a product with sensitive or biometric personal data goes on sale only when
 * two different administrators have approved it in the same review round; any other needs one.
 * A rejection or a request for changes by any one administrator settles the round at once.
 */
public final class FourEyesRule {

    private FourEyesRule() {
    }

    public static int approvalsRequired(ProductDetails details) {
        return details.sensitive() || details.biometric() ? 2 : 1;
    }

    /**
     * Judges one more approval by {@code admin} given who approved earlier in the round: refused when
     * the same administrator approves twice; accepted with whether it is the last approval needed.
     */
    public static Result<Boolean> approval(int required, Set<String> earlierApprovers, String admin) {
        if (earlierApprovers.contains(admin)) {
            return Result.refused(Refusal.of(Refusal.Reason.CONFLICT, "four-eyes", "Four eyes",
                    "This product holds sensitive or biometric personal data: a different administrator must give the "
                            + "second approval"));
        }
        return Result.accepted(earlierApprovers.size() + 1 >= required);
    }
}
