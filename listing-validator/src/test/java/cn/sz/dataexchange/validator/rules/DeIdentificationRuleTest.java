package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.SubjectColumn;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.testdata.Listings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static org.assertj.core.api.Assertions.assertThat;

class DeIdentificationRuleTest {

    @Test
    void rejects_direct_identifiers_for_subjects_who_did_not_consent_to_provision_to_third_parties() {
        List<Finding> findings = Listings.findingsOf(Listings.validate(Listings.manifest().build(),
                "id_no,phone\n" + ADULT + ",13812345678\n",
                Listings.ledger(Listings.consentFor(ADULT).with(c -> c.thirdParty = false))), RuleId.DE_IDENTIFICATION);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.BLOCKING);
        assertThat(findings.get(0).evidence().columns()).containsExactly("id_no", "phone");
    }

    @Test
    void accepts_keyed_pseudonyms_without_identifiers_as_de_identified() {
        Listings.Manifest m = Listings.manifest();
        m.subject = new SubjectColumn("subject_key", SubjectKeyForm.PRECOMPUTED_KEY, SubjectIdentifierKind.RESIDENT_ID);
        String key = Listings.KEYS.derive(SubjectIdentifierKind.RESIDENT_ID, ADULT).toHex();

        List<Finding> findings = Listings.findingsOf(Listings.validate(m.build(), "subject_key,score\n" + key + ",700\n",
                Listings.ledger(Listings.consentFor(ADULT).with(c -> c.thirdParty = false))), RuleId.DE_IDENTIFICATION);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void says_nothing_when_every_subject_consented_to_provision_to_third_parties() {
        assertThat(Listings.findingsOf(Listings.validate(Listings.manifest().build(), "id_no\n" + ADULT + "\n",
                Listings.ledger(Listings.consentFor(ADULT))), RuleId.DE_IDENTIFICATION)).isEmpty();
    }
}
