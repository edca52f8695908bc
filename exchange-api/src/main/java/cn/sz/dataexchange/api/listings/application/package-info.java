/**
 * Listing use cases (creating, editing, submitting, validating, suspending, delisting), the ports
 * they need, and the ports the listings area implements for trading (ListedProducts,
 * ListingSuspensionListener callbacks) and for the consent ledger (WithdrawalConsequences).
 */
package cn.sz.dataexchange.api.listings.application;
