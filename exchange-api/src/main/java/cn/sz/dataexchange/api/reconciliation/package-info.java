/**
 * Reconciliation with the payment gateway (ADR 0049): for a period, every escrow, release, refund and
 * payout in the journal and at the gateway, matched by the reference both keep; mismatches are stored
 * once, counted in a metric and shown to platform staff, never corrected here.
 */
package cn.sz.dataexchange.api.reconciliation;
