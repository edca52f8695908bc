/** The catalog table in PostgreSQL, kept by the listings area through its CatalogShelf port. */
package cn.sz.dataexchange.api.catalog.infrastructure;
