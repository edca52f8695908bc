package cn.sz.dataexchange.validator;

import cn.sz.dataexchange.validator.consent.ConsentLedger;
import cn.sz.dataexchange.validator.consent.ConsentRequirement;
import cn.sz.dataexchange.validator.facts.AssetFacts;
import cn.sz.dataexchange.validator.facts.ConsentCollector;
import cn.sz.dataexchange.validator.facts.FingerprintObserver;
import cn.sz.dataexchange.validator.facts.IdentifierCollector;
import cn.sz.dataexchange.validator.facts.QuasiIdentifierObserver;
import cn.sz.dataexchange.validator.facts.RowObserver;
import cn.sz.dataexchange.validator.facts.SubjectObserver;
import cn.sz.dataexchange.validator.identifiers.CalendarDate;
import cn.sz.dataexchange.validator.identifiers.IdentifierScanner;
import cn.sz.dataexchange.validator.model.AssetSummary;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chooses the observers a manifest calls for, and assembles their results into {@link AssetFacts}. */
final class FactGathering {

    private final IdentifierCollector identifiers;
    private final ConsentCollector consents;
    private final QuasiIdentifierObserver quasiIdentifiers;
    private final List<FingerprintObserver> fingerprints = new ArrayList<>();
    private final List<RowObserver> observers = new ArrayList<>();

    FactGathering(ValidationRequest request, ValidatorConfig config, Clock clock, ConsentLedger ledger,
                  RestrictedFingerprints restricted) {
        ListingManifest m = request.manifest();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        identifiers = new IdentifierCollector(new IdentifierScanner(today), config.sampleLimit());
        observers.add(identifiers);
        if (m.subjectColumn() != null) {
            if (m.subjectColumn().form() == SubjectKeyForm.RAW_IDENTIFIER && request.subjectKeys() == null) {
                throw new IllegalArgumentException("the subject column holds raw identifiers: a subject key derivation "
                        + "keyed with the seller's secret is required");
            }
            ConsentRequirement requirement = ConsentRequirement.of(m, clock.instant(), config.minorAgeYears(),
                    clock.getZone());
            int todayYmd = CalendarDate.pack(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
            consents = new ConsentCollector(ledger, requirement, config.consentBatchSize(), todayYmd, config.sampleLimit());
            observers.add(new SubjectObserver(m.subjectColumn(), m.birthDateColumn(), m.collectionDateColumn(),
                    request.subjectKeys(), consents, identifiers));
        } else {
            consents = null;
        }
        if (!m.quasiIdentifiers().isEmpty()) {
            quasiIdentifiers = new QuasiIdentifierObserver(m.quasiIdentifiers(), m.sensitiveColumn(), config.kAnonymity(),
                    config.lDiversity(), config.sampleLimit());
            observers.add(quasiIdentifiers);
        } else {
            quasiIdentifiers = null;
        }
        restricted.schemes().forEach(scheme -> fingerprints.add(
                new FingerprintObserver(scheme, restricted, config.consentBatchSize(), config.sampleLimit())));
        observers.addAll(fingerprints);
    }

    List<RowObserver> observers() {
        return observers;
    }

    AssetFacts facts(AssetSummary summary) {
        return new AssetFacts(summary, identifiers.result(),
                Optional.ofNullable(consents).map(ConsentCollector::result),
                Optional.ofNullable(quasiIdentifiers).map(QuasiIdentifierObserver::result),
                fingerprints.stream().map(FingerprintObserver::result).toList());
    }
}
