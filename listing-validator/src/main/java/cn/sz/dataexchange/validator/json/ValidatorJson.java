package cn.sz.dataexchange.validator.json;

import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * JSON for the validator's public types: manifests and consent records in, reports out and back.
 * Unknown properties are refused so that a misspelt manifest field does not pass silently.
 */
public final class ValidatorJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(HexValues.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ValidatorJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ListingManifest readManifest(InputStream in) {
        return read(in, ListingManifest.class, "manifest");
    }

    public static ListingManifest readManifest(String json) {
        return read(json, ListingManifest.class, "manifest");
    }

    public static String writeManifest(ListingManifest manifest) {
        return MAPPER.writeValueAsString(manifest);
    }

    public static ValidationReport readReport(String json) {
        return read(json, ValidationReport.class, "report");
    }

    public static String writeReport(ValidationReport report) {
        return MAPPER.writeValueAsString(report);
    }

    public static String writeReportPretty(ValidationReport report) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    public static void writeReport(ValidationReport report, OutputStream out) {
        MAPPER.writeValue(out, report);
    }

    public static ConsentRecord readConsent(String json) {
        return read(json, ConsentRecord.class, "consent record");
    }

    public static String writeConsent(ConsentRecord record) {
        return MAPPER.writeValueAsString(record);
    }

    public static ValidatorConfig readConfig(String json) {
        return read(json, ValidatorConfig.class, "config");
    }

    public static CatalogFile readCatalog(InputStream in) {
        return read(in, CatalogFile.class, "catalog");
    }

    public static FingerprintFile readFingerprints(InputStream in) {
        return read(in, FingerprintFile.class, "fingerprint file");
    }

    private static <T> T read(InputStream in, Class<T> type, String what) {
        try {
            return MAPPER.readValue(in, type);
        } catch (JacksonException e) {
            throw invalid(e, what);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidInputException("invalid " + what + ": " + e.getMessage());
        }
    }

    private static <T> T read(String json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw invalid(e, what);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidInputException("invalid " + what + ": " + e.getMessage());
        }
    }

    private static InvalidInputException invalid(JacksonException e, String what) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JacksonException j ? j.getOriginalMessage() : root.getMessage();
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new InvalidInputException("invalid " + what + where + ": " + firstLine(message));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
