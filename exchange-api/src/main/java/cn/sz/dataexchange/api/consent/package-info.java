/**
 * The consent ledger (sellers as personal data processors, Art. 14-23): streamed bulk import of
 * consent records keyed by subject keys, withdrawals as events, and the ledger as the validator sees it.
 */
package cn.sz.dataexchange.api.consent;
