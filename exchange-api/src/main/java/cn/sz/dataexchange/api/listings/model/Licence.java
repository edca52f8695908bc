package cn.sz.dataexchange.api.listings.model;

import cn.sz.dataexchange.validator.vocabulary.Enums;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.util.List;
import java.util.Set;

/**
 * The licence a buyer accepts: the purposes the data may be used for, for how long, where, whether
 * it may be sold on, and that it is destroyed when the term ends (Art. 81).
 */
public record Licence(Set<Purpose> permittedPurposes, int durationDays, List<String> territory, boolean resaleAllowed,
                      boolean destroyOnExpiry) {

    public Licence {
        permittedPurposes = Enums.sortedSet(permittedPurposes, Purpose.class);
        territory = territory == null ? List.of() : List.copyOf(territory);
    }
}
