/** The catalog and the fingerprints in PostgreSQL. */
package cn.sz.dataexchange.api.publicdata.infrastructure;
