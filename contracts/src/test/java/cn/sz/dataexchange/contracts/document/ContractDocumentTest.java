package cn.sz.dataexchange.contracts.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.Fixtures;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractDocumentTest {

    private final CanonicalContract canonical = Fixtures.canonicalContract();

    @Test
    void reads_back_the_same_contract_from_its_canonical_text() {
        ContractReading reading = ContractDocumentReader.read(canonical.canonical().text());

        assertThat(reading).isInstanceOf(ContractReading.Read.class);
        CanonicalContract read = ((ContractReading.Read) reading).contract();
        assertThat(read.contract()).isEqualTo(canonical.contract());
        assertThat(read.digest()).isEqualTo(canonical.digest());
    }

    @Test
    void reads_back_the_same_digest_from_pretty_text_in_another_member_order() {
        String pretty = JsonWriter.pretty(ContractDocument.toJson(canonical.contract()));

        assertThat(((ContractReading.Read) ContractDocumentReader.read(pretty)).contract().digest()).isEqualTo(canonical.digest());
    }

    @Test
    void expresses_the_usage_terms_as_an_odrl_agreement() {
        Map<String, Object> odrl = OdrlPolicy.of(canonical.contract());

        assertThat(odrl).containsEntry("@context", "http://www.w3.org/ns/odrl.jsonld").containsEntry("@type", "Agreement")
                .containsEntry("assigner", "urn:cn-sz-dex:org:org-seller-1")
                .containsEntry("assignee", "urn:cn-sz-dex:org:org-buyer-7")
                .containsEntry("target", "urn:cn-sz-dex:listing:lst-42:version:3");
        String text = JsonWriter.canonical(odrl);
        assertThat(text).contains("{\"action\":\"use\"", "\"leftOperand\":\"purpose\",\"operator\":\"eq\",\"rightOperand\":\"market-research\"",
                "\"leftOperand\":\"spatial\",\"operator\":\"isAnyOf\",\"rightOperand\":[\"CN\"]",
                "{\"@type\":\"xsd:dateTime\",\"@value\":\"2027-11-23T02:00:00Z\"}",
                "\"action\":\"delete\"", "{\"action\":\"sell\"}", "{\"action\":\"distribute\"}");
        assertThat(text).contains("\"@value\":\"2027-12-23T02:00:00Z\"");
    }

    @Test
    void refuses_a_document_with_a_member_the_schema_does_not_have() {
        Map<String, Object> doc = JsonParser.parseObject(canonical.canonical().text());
        doc.put("discount", 5);

        assertThat(ContractDocumentReader.read(doc)).isInstanceOf(ContractReading.Unreadable.class);
    }

    @Test
    void refuses_a_document_whose_odrl_policy_was_loosened() {
        String text = canonical.canonical().text().replace(",{\"action\":\"distribute\"}", "");
        assertThat(text).isNotEqualTo(canonical.canonical().text());

        assertThat(ContractDocumentReader.read(text)).isInstanceOf(ContractReading.Unreadable.class);
    }

    @Test
    void refuses_text_that_is_not_a_contract_with_a_reason() {
        assertThat(ContractDocumentReader.read("{\"schemaVersion\": 1}"))
                .isEqualTo(new ContractReading.Unreadable("contract.parties is missing"));
        assertThat(ContractDocumentReader.read("[1,2")).isInstanceOf(ContractReading.Unreadable.class);
        assertThat(ContractDocumentReader.read(List.of())).isInstanceOf(ContractReading.Unreadable.class);
    }
}
