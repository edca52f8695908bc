/** Importing the catalog and fingerprints, and the validator's view of them. */
package cn.sz.dataexchange.api.publicdata.application;
