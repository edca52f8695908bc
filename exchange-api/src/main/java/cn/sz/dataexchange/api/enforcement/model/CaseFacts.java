package cn.sz.dataexchange.api.enforcement.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a case is about: the article violated, the respondent, the listing versions and the trades
 * concerned. {@link #dedupKey} is the same for the same facts from the same kind of source, so the
 * same facts never open two cases.
 */
public record CaseFacts(ViolatedArticle article, OrgId respondent, SortedSet<ListingVersionRef> listings,
                        SortedSet<UUID> trades) {

    public CaseFacts {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(respondent, "respondent");
        listings = new TreeSet<>(listings);
        trades = new TreeSet<>(trades);
        if (listings.isEmpty() && trades.isEmpty()) {
            throw new IllegalArgumentException("a case names at least one listing version or trade");
        }
    }

    public static CaseFacts of(ViolatedArticle article, OrgId respondent, List<ListingVersionRef> listings,
                               List<UUID> trades) {
        return new CaseFacts(article, respondent, new TreeSet<>(listings), new TreeSet<>(trades));
    }

    /**
     * A deterministic key of these facts: SHA-256 over the article, the respondent, the sorted listing
     * versions and trades, prefixed by {@code scope} (e.g. the source, or a detection's product).
     */
    public String dedupKey(String scope) {
        String material = scope + "\n" + article.number() + "\n" + respondent + "\n" + listings + "\n" + trades;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return scope + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
