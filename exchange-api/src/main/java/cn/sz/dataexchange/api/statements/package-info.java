/**
 * Money people can see (ADR 0048): statements and balances over the double-entry journal for an
 * organisation (as seller and buyer) and for the platform, for any period in the exchange's time
 * zone, as paged JSON or CSV. Read-only: nothing here writes to the journal.
 */
package cn.sz.dataexchange.api.statements;
