/** The payment gateway boundary: its wire protocol and a simulator that serves it over HTTP. */
package cn.sz.dataexchange.settlement.gateway;
