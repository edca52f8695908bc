/** Reconciliation endpoints for platform staff under /api/v1/reconciliations. */
package cn.sz.dataexchange.api.reconciliation.web;
