/** Catalog search: the query, the items, the search terms (words, and characters and pairs of Chinese text). */
package cn.sz.dataexchange.api.catalog.application;
