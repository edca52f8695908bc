/** Trading adapters: R2DBC storage, the Spring Statemachine adapter, the exchange's sealed countersigning key. */
package cn.sz.dataexchange.api.trading.infrastructure;
