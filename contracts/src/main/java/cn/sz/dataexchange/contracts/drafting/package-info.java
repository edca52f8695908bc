/**
 * Drafting a trade contract from plain input records that the exchange maps from its listing, trade and organisation data.
 */
package cn.sz.dataexchange.contracts.drafting;
