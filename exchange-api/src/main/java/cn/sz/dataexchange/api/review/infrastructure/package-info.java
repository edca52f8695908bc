/** Decisions and the review queue in PostgreSQL. */
package cn.sz.dataexchange.api.review.infrastructure;
