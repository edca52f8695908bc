/** Decisions and the four-eyes rule. Plain Java. */
package cn.sz.dataexchange.api.review.model;
