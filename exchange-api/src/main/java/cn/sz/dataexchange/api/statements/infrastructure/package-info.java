/** The statement reads over journal_entries and journal_postings in explicit SQL. */
package cn.sz.dataexchange.api.statements.infrastructure;
