/** Data products on sale: listings, their versions and status, validation, review and the buyers' catalog. */
package cn.sz.dataexchange.api.listings;
