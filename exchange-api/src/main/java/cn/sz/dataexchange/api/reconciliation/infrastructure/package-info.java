/** Runs, mismatches and the journal's money records in explicit SQL. */
package cn.sz.dataexchange.api.reconciliation.infrastructure;
