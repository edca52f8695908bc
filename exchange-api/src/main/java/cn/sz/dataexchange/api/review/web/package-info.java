/** HTTP edge of review: the queue, decisions, suspension and delisting. */
package cn.sz.dataexchange.api.review.web;
