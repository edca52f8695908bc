/** The buyers' catalog: LISTED products only, searchable, and as DCAT JSON-LD for data-space tools. */
package cn.sz.dataexchange.api.catalog;
