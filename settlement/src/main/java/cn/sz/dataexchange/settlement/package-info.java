/** Settlement: money in fen, the double-entry ledger, the payment-gateway simulator, penalties and Art. 69 checks. */
package cn.sz.dataexchange.settlement;
