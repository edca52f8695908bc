/** A simulated payment gateway served over HTTP with the JDK's HttpServer: idempotent operations, fault injection, admin endpoints. */
package cn.sz.dataexchange.settlement.gateway.simulator;
