package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.json.FingerprintFile;
import cn.sz.dataexchange.validator.json.InvalidInputException;
import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.memory.InMemoryConsentLedger;
import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.memory.InMemoryRestrictedFingerprints;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.publicdata.Fingerprint;
import cn.sz.dataexchange.validator.publicdata.FingerprintScheme;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads the command-line tool's input files into the in-memory ports. */
final class InputFiles {

    private InputFiles() {
    }

    static InMemoryConsentLedger consents(String file) throws IOException {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        if (file == null) {
            return ledger;
        }
        try (BufferedReader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ConsentRecord record = ValidatorJson.readConsent(line);
                    ledger.add(record);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(file + " line " + n + ": " + e.getMessage());
                }
            }
        }
        return ledger;
    }

    static InMemoryPublicDataCatalog catalog(String file) throws IOException {
        if (file == null) {
            return InMemoryPublicDataCatalog.empty();
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            var catalog = ValidatorJson.readCatalog(in);
            return new InMemoryPublicDataCatalog(catalog.entries() == null ? List.of() : catalog.entries());
        }
    }

    static RestrictedFingerprints fingerprints(String file) throws IOException {
        if (file == null) {
            return RestrictedFingerprints.NONE;
        }
        FingerprintFile parsed;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            parsed = ValidatorJson.readFingerprints(in);
        }
        Map<FingerprintScheme, List<Fingerprint>> sets = new LinkedHashMap<>();
        for (FingerprintFile.Dataset d : parsed.datasets() == null ? List.<FingerprintFile.Dataset>of() : parsed.datasets()) {
            if (d.datasetId() == null || d.fields() == null || d.keyHex() == null) {
                throw new InvalidInputException(file + ": every dataset needs datasetId, fields and keyHex");
            }
            sets.put(new FingerprintScheme(d.datasetId(), d.fields(), hex(d.keyHex(), file)),
                    d.fingerprints() == null ? List.of() : d.fingerprints());
        }
        return new InMemoryRestrictedFingerprints(sets);
    }

    static byte[] secret(String file) throws IOException {
        String env = System.getenv("LISTING_VALIDATOR_SUBJECT_SECRET");
        if (file == null && env == null) {
            return null;
        }
        String text = file != null ? Files.readString(Path.of(file), StandardCharsets.UTF_8).strip() : env.strip();
        return hex(text, file != null ? file : "LISTING_VALIDATOR_SUBJECT_SECRET");
    }

    static AssetFormat format(String declared, String fileName) {
        if (declared == null) {
            return AssetFormat.fromFileName(fileName);
        }
        return switch (declared.toLowerCase(Locale.ROOT)) {
            case "csv" -> AssetFormat.CSV;
            case "jsonl", "json_lines", "ndjson" -> AssetFormat.JSON_LINES;
            default -> throw new UsageException("--data-format must be csv or jsonl, not " + declared);
        };
    }

    private static byte[] hex(String text, String where) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + ": expected hex characters");
        }
    }
}
