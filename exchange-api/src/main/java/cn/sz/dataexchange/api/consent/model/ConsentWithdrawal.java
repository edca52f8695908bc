package cn.sz.dataexchange.api.consent.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A withdrawal of consent (Art. 22), an event: who withdrew (subjects of one seller's ledger),
 * for which purposes ({@code purposeBits} 0 for all), when, and who recorded it and why.
 */
public record ConsentWithdrawal(UUID id, OrgId seller, List<SubjectKey> subjects, long purposeBits, Instant withdrawnAt,
                                String reason, String actor) {

    public ConsentWithdrawal {
        subjects = List.copyOf(subjects);
    }

    public boolean allPurposes() {
        return purposeBits == 0;
    }
}
