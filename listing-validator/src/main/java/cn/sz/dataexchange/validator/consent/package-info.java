/** Consent records, subject keys and their keyed derivation, the ConsentLedger port and the judgement of one subject's consent. */
package cn.sz.dataexchange.validator.consent;
