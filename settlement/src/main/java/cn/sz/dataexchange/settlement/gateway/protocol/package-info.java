/** The payment gateway's JSON wire protocol as records, shared by the simulator and the exchange's HTTP client (see README). */
package cn.sz.dataexchange.settlement.gateway.protocol;
