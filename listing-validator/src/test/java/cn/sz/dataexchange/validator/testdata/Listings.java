package cn.sz.dataexchange.validator.testdata;

import cn.sz.dataexchange.validator.ListingValidator;
import cn.sz.dataexchange.validator.ValidationRequest;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.memory.InMemoryConsentLedger;
import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.model.CrossBorderDelivery;
import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.SubjectColumn;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.PublicDataCatalog;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A small world for rule tests: a fixed clock, one seller secret, a manifest with defaults and a ledger. */
public final class Listings {

    public static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    public static final SubjectKeyDerivation KEYS =
            new SubjectKeyDerivation("seller-0001-secret-key".getBytes(StandardCharsets.UTF_8));
    public static final String ADULT = "11010519491231002X";
    public static final String ADULT_2 = "440305198807150015";
    public static final String CHILD = "440305201503010026";
    /** Fourteen on 2026-11-24, the day after the clock. */
    public static final String ALMOST_FOURTEEN = "440305201211240030";

    private Listings() {
    }

    /** A manifest: personal data with basic, contact and identity categories; raw resident IDs in id_no; credit assessment. */
    public static Manifest manifest() {
        return new Manifest();
    }

    /** A consent for a raw resident ID that covers the default manifest. */
    public static Consent consentFor(String residentId) {
        return new Consent(residentId);
    }

    public static ValidationReport validate(ListingManifest manifest, String csv, InMemoryConsentLedger ledger) {
        return validate(manifest, csv, ledger, InMemoryPublicDataCatalog.empty(), RestrictedFingerprints.NONE,
                ValidatorConfig.defaults());
    }

    public static ValidationReport validate(ListingManifest manifest, String csv, InMemoryConsentLedger ledger,
                                            PublicDataCatalog catalog, RestrictedFingerprints fingerprints,
                                            ValidatorConfig config) {
        ListingValidator validator = new ListingValidator(ledger, catalog, fingerprints, config, CLOCK);
        return validator.validate(new ValidationRequest(manifest,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), AssetFormat.CSV, KEYS));
    }

    public static InMemoryConsentLedger ledger(Consent... consents) {
        InMemoryConsentLedger ledger = new InMemoryConsentLedger();
        for (Consent c : consents) {
            ledger.add(c.build());
        }
        return ledger;
    }

    public static List<Finding> findingsOf(ValidationReport report, RuleId rule) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule.code())).toList();
    }

    /** A manifest under construction. */
    public static final class Manifest {
        public boolean personal = true;
        public Set<DataCategory> categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.CONTACT, DataCategory.IDENTITY_DOCUMENT);
        public SubjectColumn subject = new SubjectColumn("id_no", SubjectKeyForm.RAW_IDENTIFIER, SubjectIdentifierKind.RESIDENT_ID);
        public String birthDateColumn;
        public String collectionDateColumn;
        public List<String> quasiIdentifiers = List.of();
        public String sensitiveColumn;
        public Set<Purpose> purposes = Set.of(Purpose.CREDIT_ASSESSMENT);
        public List<DataSource> sources = List.of(DataSource.ownCollection());
        public CrossBorderDelivery crossBorder = CrossBorderDelivery.NONE;
        public boolean anonymized;
        public List<String> tags = List.of();

        public ListingManifest build() {
            return new ListingManifest("L-TEST-1", personal, categories, subject, birthDateColumn, collectionDateColumn,
                    quasiIdentifiers,
                    sensitiveColumn, purposes, sources, crossBorder, anonymized, tags);
        }
    }

    /** A consent record under construction. */
    public static final class Consent {
        private final String residentId;
        public Set<Purpose> purposes = Set.of(Purpose.CREDIT_ASSESSMENT, Purpose.RISK_CONTROL);
        public Set<DataCategory> categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.CONTACT,
                DataCategory.IDENTITY_DOCUMENT, DataCategory.HEALTH, DataCategory.BIOMETRIC, DataCategory.MINORS);
        public boolean thirdParty = true;
        public boolean express = true;
        public boolean guardian;
        public Instant given = Instant.parse("2025-01-01T00:00:00Z");
        public Instant expires;
        public Instant withdrawn;

        Consent(String residentId) {
            this.residentId = residentId;
        }

        public Consent with(java.util.function.Consumer<Consent> change) {
            change.accept(this);
            return this;
        }

        public ConsentRecord build() {
            return new ConsentRecord(KEYS.derive(SubjectIdentifierKind.RESIDENT_ID, residentId), purposes, categories,
                    thirdParty, express, guardian, given, expires, withdrawn, "notice-v3",
                    "ab".repeat(32));
        }
    }
}
