/**
 * The public-data authority's side (Art. 48, 67(2)): the catalog of public data with each entry's
 * open category, and keyed fingerprints of non-open datasets; adapters that hand both to the validator.
 */
package cn.sz.dataexchange.api.publicdata;
