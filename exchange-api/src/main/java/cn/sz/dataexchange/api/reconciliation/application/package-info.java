/** Reconciling a period (on demand or by the scheduler), the daily task, and the ports for runs and journal records. */
package cn.sz.dataexchange.api.reconciliation.application;
