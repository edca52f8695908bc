/** Listings, validation runs and the subject index in PostgreSQL; the validation worker that drains the run queue. */
package cn.sz.dataexchange.api.listings.infrastructure;
