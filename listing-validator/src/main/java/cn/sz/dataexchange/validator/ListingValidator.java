package cn.sz.dataexchange.validator;

import cn.sz.dataexchange.validator.asset.CsvRowReader;
import cn.sz.dataexchange.validator.asset.JsonLinesRowReader;
import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.asset.RowReader;
import cn.sz.dataexchange.validator.consent.ConsentLedger;
import cn.sz.dataexchange.validator.facts.AssetFacts;
import cn.sz.dataexchange.validator.facts.RowObserver;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.model.AssetSummary;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.PublicDataCatalog;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.rules.ListingContext;
import cn.sz.dataexchange.validator.rules.ListingRule;
import cn.sz.dataexchange.validator.rules.ListingRules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine: reads the asset once, gathering facts (identifiers, consent, equivalence classes,
 * overlap with restricted data) in bounded memory, then lets every rule of {@link ListingRules}
 * judge them. Deterministic for the same inputs, ports and clock. Thread-safe: each call keeps its
 * own state. Blocking and CPU-heavy: run it off any event loop.
 */
public final class ListingValidator {

    private final ConsentLedger consentLedger;
    private final PublicDataCatalog catalog;
    private final RestrictedFingerprints fingerprints;
    private final ValidatorConfig config;
    private final Clock clock;
    private final List<ListingRule> rules;

    public ListingValidator(ConsentLedger consentLedger, PublicDataCatalog catalog, RestrictedFingerprints fingerprints,
                            ValidatorConfig config, Clock clock) {
        this.consentLedger = Objects.requireNonNull(consentLedger, "consentLedger");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = ListingRules.allCurrentRules();
    }

    public ValidationReport validate(ValidationRequest request) {
        return validate(request, ProgressListener.NONE);
    }

    /**
     * Validates one listing.
     *
     * @throws cn.sz.dataexchange.validator.asset.InvalidAssetException when the asset cannot be read as its format
     * @throws IllegalArgumentException when the subject column holds raw identifiers but no derivation was given
     */
    public ValidationReport validate(ValidationRequest request, ProgressListener progress) {
        var evaluatedAt = clock.instant();
        FactGathering gathering = new FactGathering(request, config, clock, consentLedger, fingerprints);
        try (RowReader reader = open(request)) {
            AssetSummary summary = readAll(reader, gathering.observers(), request.format(), progress);
            progress.onProgress(new ValidationProgress(ValidationPhase.CHECKING_REMAINING_CONSENTS, summary.bytes(), summary.rows()));
            AssetFacts facts = gathering.facts(summary);
            progress.onProgress(new ValidationProgress(ValidationPhase.EVALUATING_RULES, summary.bytes(), summary.rows()));
            ListingContext context = new ListingContext(request.manifest(), facts, config, catalog);
            List<Finding> findings = new ArrayList<>();
            for (ListingRule rule : rules) {
                findings.addAll(rule.evaluate(context));
            }
            progress.onProgress(new ValidationProgress(ValidationPhase.DONE, summary.bytes(), summary.rows()));
            return ValidationReport.of(request.manifest().listingId(), evaluatedAt, summary, findings);
        }
    }

    private RowReader open(ValidationRequest request) {
        return request.format() == AssetFormat.CSV
                ? new CsvRowReader(request.asset(), config.bufferBytes(), config.maxRecordBytes())
                : new JsonLinesRowReader(request.asset(), config.bufferBytes(), config.maxRecordBytes());
    }

    private AssetSummary readAll(RowReader reader, List<RowObserver> observers, AssetFormat format,
                                 ProgressListener progress) {
        Row row = new Row();
        long rows = 0;
        long nextReport = 0;
        RowObserver[] all = observers.toArray(RowObserver[]::new);
        while (reader.next(row)) {
            List<String> columns = reader.columns();
            for (RowObserver observer : all) {
                observer.observe(row, columns);
            }
            rows++;
            if (reader.bytesRead() >= nextReport) {
                progress.onProgress(new ValidationProgress(ValidationPhase.READING_ASSET, reader.bytesRead(), rows));
                nextReport = reader.bytesRead() + config.progressEveryBytes();
            }
        }
        for (RowObserver observer : all) {
            observer.finish();
        }
        return new AssetSummary(format, reader.bytesRead(), rows, reader.columns());
    }
}
