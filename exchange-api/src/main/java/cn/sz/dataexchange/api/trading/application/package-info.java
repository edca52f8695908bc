/**
 * Trading use cases (placing an order, signing, receipt, acceptance, disputes, cancellation,
 * deadlines, Art. 22 terminations) and their ports; {@code TradeLifecycle} carries out transitions.
 */
package cn.sz.dataexchange.api.trading.application;
