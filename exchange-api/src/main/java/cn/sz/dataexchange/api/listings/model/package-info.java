/**
 * The listing aggregate: versions of a data product, each moving through the status table the
 * domain owns ({@link cn.sz.dataexchange.api.listings.model.ListingStatus}); illegal moves are
 * refused as values. Plain Java.
 */
package cn.sz.dataexchange.api.listings.model;
