/** Reading statements: ownership, period and account checks, and the read port over the journal. */
package cn.sz.dataexchange.api.statements.application;
