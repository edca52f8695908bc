package cn.sz.dataexchange.api.catalog.application;

import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.Optional;
import java.util.Set;

/** What a buyer looks for: text, category, a price range in fen, with or without personal data; one page. */
public record CatalogQuery(Set<String> terms, Optional<String> category, Optional<Long> minPriceFen,
                           Optional<Long> maxPriceFen, Optional<Boolean> personalData, PageQuery page) {

    public CatalogQuery {
        terms = Set.copyOf(terms);
    }

    public static Result<CatalogQuery> of(String text, String category, Long minPriceFen, Long maxPriceFen,
                                          Boolean personalData, PageQuery page) {
        if (text != null && text.length() > 200) {
            return Result.refused(Refusal.invalidField("q", "must have at most 200 characters"));
        }
        if (minPriceFen != null && minPriceFen < 0) {
            return Result.refused(Refusal.invalidField("minPriceFen", "must be 0 or more"));
        }
        if (maxPriceFen != null && minPriceFen != null && maxPriceFen < minPriceFen) {
            return Result.refused(Refusal.invalidField("maxPriceFen", "must not be below minPriceFen"));
        }
        Set<String> terms = SearchTerms.ofQuery(text);
        if (terms.size() > 32) {
            return Result.refused(Refusal.invalidField("q", "has too many terms"));
        }
        return Result.accepted(new CatalogQuery(terms, Optional.ofNullable(category).filter(c -> !c.isBlank()),
                Optional.ofNullable(minPriceFen), Optional.ofNullable(maxPriceFen), Optional.ofNullable(personalData), page));
    }
}
