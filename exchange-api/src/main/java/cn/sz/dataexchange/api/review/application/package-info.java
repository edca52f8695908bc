/** Deciding on listings and reading the review queue. */
package cn.sz.dataexchange.api.review.application;
