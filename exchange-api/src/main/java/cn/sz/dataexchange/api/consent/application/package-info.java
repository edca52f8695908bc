/** Consent use cases (importing, withdrawing), subject keys, and the ledger port as the validator calls it. */
package cn.sz.dataexchange.api.consent.application;
