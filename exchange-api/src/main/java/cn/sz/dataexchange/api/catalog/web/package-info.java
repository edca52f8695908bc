/** HTTP edge of the catalog: JSON search results and the DCAT JSON-LD rendering. */
package cn.sz.dataexchange.api.catalog.web;
