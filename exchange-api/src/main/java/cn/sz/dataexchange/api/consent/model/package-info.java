/** Consent ledger values: stable vocabulary bit codes, import outcomes, withdrawals. Plain Java. */
package cn.sz.dataexchange.api.consent.model;
