/** HTTP edge of the public-data area. */
package cn.sz.dataexchange.api.publicdata.web;
