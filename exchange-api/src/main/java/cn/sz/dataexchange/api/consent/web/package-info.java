/** HTTP edge of the consent ledger. */
package cn.sz.dataexchange.api.consent.web;
