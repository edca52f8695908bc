/** Statement periods, account balances over a period, statement lines and per-trade money. */
package cn.sz.dataexchange.api.statements.model;
