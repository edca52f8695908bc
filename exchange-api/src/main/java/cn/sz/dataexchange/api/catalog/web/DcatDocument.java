package cn.sz.dataexchange.api.catalog.web;

import cn.sz.dataexchange.api.catalog.application.CatalogItem;
import cn.sz.dataexchange.api.catalog.application.SearchPage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the catalog as DCAT (W3C Data Catalog Vocabulary, v3) in JSON-LD: a dcat:Catalog of
 * dcat:Datasets, each with dct:accessRights, its price (schema:Offer), its licence as an ODRL offer
 * (permitted purposes, territory, term, no onward distribution unless allowed, deletion on expiry)
 * and a dcat:Distribution with media type, size and SHA-256 checksum (SPDX).
 */
final class DcatDocument {

    private static final Map<String, Object> CONTEXT = context();
    private static final String RESTRICTED = "http://publications.europa.eu/resource/authority/access-right/RESTRICTED";

    private DcatDocument() {
    }

    static Map<String, Object> of(SearchPage<CatalogItem> page, String self) {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", CONTEXT);
        catalog.put("@id", self);
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", Map.of("@value", "Shenzhen data exchange catalog", "@language", "en"));
        catalog.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", "Shenzhen data exchange"));
        catalog.put("dcat:dataset", page.items().stream().map(DcatDocument::dataset).toList());
        catalog.put("szdx:page", page.page());
        catalog.put("szdx:pageSize", page.size());
        catalog.put("szdx:totalItems", page.totalItems());
        catalog.put("szdx:totalItemsExact", page.totalItemsExact());
        return catalog;
    }

    private static Map<String, Object> dataset(CatalogItem i) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", "urn:sz-data-exchange:listing:" + i.listingId() + ":v" + i.version());
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", i.listingId().toString());
        d.put("dct:title", i.title());
        d.put("dct:description", i.description());
        d.put("dcat:keyword", List.of(i.category()));
        d.put("dct:publisher", Map.of("@type", "foaf:Organization", "@id", "urn:sz-data-exchange:org:" + i.sellerId(),
                "foaf:name", i.sellerName()));
        d.put("dct:issued", Map.of("@value", i.listedAt().toString(), "@type", "xsd:dateTime"));
        d.put("owl:versionInfo", String.valueOf(i.version()));
        d.put("dct:accessRights", Map.of("@id", RESTRICTED));
        d.put("szdx:containsPersonalData", i.personalData());
        d.put("szdx:sensitivePersonalData", i.sensitivePersonalData());
        d.put("szdx:crossBorderDelivery", i.crossBorder());
        d.put("schema:offers", Map.of("@type", "schema:Offer",
                "schema:price", BigDecimal.valueOf(i.priceFen(), 2).toPlainString(), "schema:priceCurrency", i.currency()));
        d.put("odrl:hasPolicy", policy(i));
        d.put("dcat:distribution", List.of(Map.of("@type", "dcat:Distribution",
                "dcat:mediaType", "CSV".equals(i.assetFormat()) ? "text/csv" : "application/x-ndjson",
                "dcat:byteSize", Map.of("@value", String.valueOf(i.assetBytes()), "@type", "xsd:nonNegativeInteger"),
                "spdx:checksum", Map.of("@type", "spdx:Checksum", "spdx:algorithm", Map.of("@id", "spdx:checksumAlgorithm_sha256"),
                        "spdx:checksumValue", i.assetSha256()))));
        return d;
    }

    private static Map<String, Object> policy(CatalogItem i) {
        List<Map<String, Object>> constraints = List.of(
                Map.of("odrl:leftOperand", Map.of("@id", "odrl:purpose"), "odrl:operator", Map.of("@id", "odrl:isAnyOf"),
                        "odrl:rightOperand", i.purposes().stream().map(p -> "urn:sz-data-exchange:purpose:" + p).toList()),
                Map.of("odrl:leftOperand", Map.of("@id", "odrl:spatial"), "odrl:operator", Map.of("@id", "odrl:isAnyOf"),
                        "odrl:rightOperand", i.territory()),
                Map.of("odrl:leftOperand", Map.of("@id", "odrl:elapsedTime"), "odrl:operator", Map.of("@id", "odrl:lteq"),
                        "odrl:rightOperand", Map.of("@value", "P" + i.licenceDays() + "D", "@type", "xsd:duration")));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("@type", "odrl:Offer");
        policy.put("@id", "urn:sz-data-exchange:listing:" + i.listingId() + ":v" + i.version() + ":offer");
        policy.put("odrl:permission", List.of(Map.of("odrl:action", Map.of("@id", "odrl:use"), "odrl:constraint", constraints)));
        if (!i.resaleAllowed()) {
            policy.put("odrl:prohibition", List.of(Map.of("odrl:action", Map.of("@id", "odrl:distribute"))));
        }
        if (i.destroyOnExpiry()) {
            policy.put("odrl:obligation", List.of(Map.of("odrl:action", Map.of("@id", "odrl:delete"))));
        }
        return policy;
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("odrl", "http://www.w3.org/ns/odrl/2/");
        c.put("schema", "http://schema.org/");
        c.put("spdx", "http://spdx.org/rdf/terms#");
        c.put("owl", "http://www.w3.org/2002/07/owl#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("szdx", "urn:sz-data-exchange:vocab:");
        return c;
    }
}
