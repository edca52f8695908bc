/** The gateway's HTTP client with its resilience operators, the embedded simulator, and the R2DBC journal. */
package cn.sz.dataexchange.api.payment.infrastructure;
