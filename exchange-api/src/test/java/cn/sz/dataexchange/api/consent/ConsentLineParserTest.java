package cn.sz.dataexchange.api.consent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.consent.application.ConsentLineParser;
import cn.sz.dataexchange.api.consent.model.LineError;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One consent line at a time: strict, keyed like the validator, every refusal naming its field. */
class ConsentLineParserTest {

    private static final String RECEIPT = "a".repeat(64);
    private final SubjectKeyDerivation derivation = new SubjectKeyDerivation("0123456789abcdef0123".getBytes());
    private final ConsentLineParser parser = new ConsentLineParser(derivation);

    private ConsentLineParser.Parsed parse(String json) {
        byte[] bytes = ("  " + json + "  ").getBytes(StandardCharsets.UTF_8);
        return parser.parse(7, bytes, 2, bytes.length - 4);
    }

    private static String line(String subjectPart, String extra) {
        return "{" + subjectPart + ",\"purposes\":[\"MARKETING\"],\"givenAt\":\"2025-01-01T00:00:00Z\","
                + "\"noticeVersion\":\"v1\",\"evidence\":{\"receiptSha256\":\"" + RECEIPT + "\"}" + extra + "}";
    }

    @Test
    void a_raw_subject_is_keyed_exactly_as_the_validator_keys_it() {
        var parsed = parse(line("\"subject\":\"+86 138-1234-5678\",\"subjectType\":\"MOBILE\"", ",\"express\":true"));
        ConsentRecord record = ((ConsentLineParser.Good) parsed).consent().record();
        assertThat(record.subjectKey()).isEqualTo(derivation.derive(SubjectIdentifierKind.MOBILE, "13812345678"));
        assertThat(record.purposes()).containsExactly(Purpose.MARKETING);
        assertThat(record.express()).isTrue();
        assertThat(record.thirdPartyProvision()).isFalse();
        assertThat(record.evidenceHash()).isEqualTo(RECEIPT);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"subjectKey\":\"abc\"| |subjectKey",
            "\"subject\":\"x\"| |subjectType",
            "\"subject\":\"x\",\"subjectType\":\"RESIDENT_ID\",\"subjectKey\":\"" + "b" + "\"| |subject",
            "\"subject\":\"x\",\"subjectType\":\"FINGER\"| |subjectType",
            "\"subject\":\"x\",\"subjectType\":\"OTHER\"|,\"colour\":\"red\"|colour",
            "\"subject\":\"x\",\"subjectType\":\"OTHER\"|,\"expiresAt\":\"2024-01-01T00:00:00Z\"|expiresAt",
            "\"subject\":\"x\",\"subjectType\":\"OTHER\"|,\"express\":\"yes\"|express",
            "\"subject\":\"x\",\"subjectType\":\"OTHER\"|,\"dataCategories\":[\"SHOE_SIZE\"]|dataCategories[0]",
            "\"subject\":\"x\",\"subjectType\":\"OTHER\"|,\"withdrawnAt\":\"2020-01-01T00:00:00Z\"|withdrawnAt",
    })
    void a_bad_line_is_refused_naming_the_field(String subject, String extra, String field) {
        var parsed = parse(line(subject, extra == null ? "" : extra));
        LineError error = ((ConsentLineParser.Bad) parsed).error();
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.field()).isEqualTo(field);
    }

    @Test
    void missing_purposes_evidence_or_notice_are_named() {
        String base = "{\"subjectKey\":\"" + "c".repeat(64) + "\",\"givenAt\":\"2025-01-01T00:00:00Z\"";
        assertThat(((ConsentLineParser.Bad) parse(base + "}")).error().field()).isEqualTo("purposes");
        assertThat(((ConsentLineParser.Bad) parse(base + ",\"purposes\":[\"STATISTICS\"]}")).error().field())
                .isEqualTo("noticeVersion");
        assertThat(((ConsentLineParser.Bad) parse(base + ",\"purposes\":[\"STATISTICS\"],\"noticeVersion\":\"v\"}"))
                .error().field()).isEqualTo("evidence.receiptSha256");
    }

    @Test
    void text_that_is_not_json_is_refused_without_a_field() {
        LineError error = ((ConsentLineParser.Bad) parse("not json")).error();
        assertThat(error.field()).isNull();
        assertThat(error.message()).contains("not a JSON object");
    }
}
