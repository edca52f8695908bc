/** Ports to the public-data authority: the open-data catalog (Art. 48) and fingerprints of non-open datasets. */
package cn.sz.dataexchange.validator.publicdata;
