/**
 * Money of trades (ADR 0062, 0065): the {@code PaymentGateway} port (escrow, release, refund,
 * payout; every call idempotent by a key), its HTTP adapter behind resilience4j, the embedded
 * gateway simulator, the double-entry journal in PostgreSQL, and the steps that drive a trade's
 * -ING money states to their -ED states.
 */
package cn.sz.dataexchange.api.payment;
