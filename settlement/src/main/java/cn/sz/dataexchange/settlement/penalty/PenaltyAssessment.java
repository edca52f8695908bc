package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * What an article prescribes for one case: correction is always ordered; the illegal income is
 * confiscated; the statutory fine range (empty when the article imposes no fine on these facts) and
 * a proposed fine within it, with the reasoning, any notes a person must review, and the readings of
 * the law applied (ADR 0043), so a reviewer can see each, and those the deciding official set aside.
 */
public record PenaltyAssessment(LegalBasis basis, String legalBasisText, boolean correctionOrdered, Money confiscation,
        Optional<FineRange> statutoryFineRange, Money proposedFine, List<String> reasoning, List<String> reviewNotes,
        List<StatutoryReading> readings, List<StatutoryReading> overridden) {

    public PenaltyAssessment {
        reasoning = List.copyOf(reasoning);
        reviewNotes = List.copyOf(reviewNotes);
        readings = List.copyOf(readings);
        overridden = List.copyOf(overridden);
        if (statutoryFineRange.isEmpty() && !proposedFine.isZero()) {
            throw new IllegalArgumentException("a fine needs a statutory range");
        }
        statutoryFineRange.ifPresent(range -> {
            if (!range.contains(proposedFine)) {
                throw new IllegalArgumentException("proposed fine " + proposedFine + " is outside " + range);
            }
        });
    }

    /** Confiscation plus the proposed fine. */
    public Money total() {
        return confiscation.plus(proposedFine);
    }
}
