package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.listings.application.ListedProducts.ProductVersion;
import java.util.List;

/** What the order guards look at: the buyer as registered, the version on sale, the declared purpose and territory. */
public record OrderFacts(Organisation buyer, ProductVersion product, String purpose, List<String> territory) {
}
