/** Money records of both sides, the matching rules, mismatches and runs. */
package cn.sz.dataexchange.api.reconciliation.model;
