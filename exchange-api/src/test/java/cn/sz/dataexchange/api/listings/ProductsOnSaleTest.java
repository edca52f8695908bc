package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.application.ListedProducts;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** What trading sees through the ListedProducts port: the version on sale and the Art. 16 purpose check. */
class ProductsOnSaleTest extends IntegrationTest {

    @Autowired
    ListedProducts products;
    @Autowired
    RecordingSuspensionListener listener;

    @Test
    void a_listed_version_is_on_sale_with_its_asset_hash_and_licence_and_stops_being_on_sale_when_suspended() {
        ListingFixtures fixtures = new ListingFixtures(http);
        Members members = members();
        Members.Member seller = members.seller();
        String admin = members.adminToken();
        UUID id = fixtures.listedPlainProduct(seller, admin, "Households", "demography", 12_345);

        ListedProducts.ProductVersion onSale = products.onSale(id).block();
        assertThat(onSale.version()).isEqualTo(1);
        assertThat(onSale.seller().value()).isEqualTo(seller.orgId());
        assertThat(onSale.priceFen()).isEqualTo(12_345);
        assertThat(onSale.assetSha256()).hasSize(64);
        assertThat(onSale.licence().permittedPurposes()).containsExactly("STATISTICS");
        assertThat(onSale.licence().destroyOnExpiry()).isTrue();
        assertThat(onSale.onSale()).isTrue();
        assertThat(products.isOnSale(id).block()).isTrue();
        assertThat(products.isOnSale(UUID.randomUUID()).block()).as("an unknown listing").isFalse();
        ListedProducts.ProductVersion listed = products.version(id, 1).block();
        assertThat(ListedProducts.checkPurpose(listed, "STATISTICS").allowed()).isTrue();
        assertThat(ListedProducts.checkPurpose(listed, "MARKETING")).extracting(ListedProducts.PurposeCheck::allowed,
                ListedProducts.PurposeCheck::article).containsExactly(false, "Art. 16");
        assertThat(ListedProducts.checkPurpose(listed, "MIND_READING").allowed()).isFalse();

        http.post().uri("/api/v1/listings/{id}/suspend", id).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "complaint under investigation"))
                .exchange().expectStatus().isOk();

        assertThat(listener.suspended()).contains(id);
        assertThat(products.onSale(id).blockOptional()).isEmpty();
        assertThat(products.isOnSale(id).block()).isFalse();
        assertThat(products.version(id, 1).block().onSale()).isFalse();
        assertThat(ListedProducts.checkPurpose(products.version(id, 1).block(), "STATISTICS")).extracting(ListedProducts.PurposeCheck::allowed,
                ListedProducts.PurposeCheck::article).containsExactly(false, "Art. 22");
    }
}
