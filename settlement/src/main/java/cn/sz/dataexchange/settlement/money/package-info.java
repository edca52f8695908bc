/** Money as integer fen with a currency: exact arithmetic, yuan parsing and formatting, fee splits and allocation. */
package cn.sz.dataexchange.settlement.money;
