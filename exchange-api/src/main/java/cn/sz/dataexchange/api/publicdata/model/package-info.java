/** Catalog entries and their open categories with stable codes. Plain Java. */
package cn.sz.dataexchange.api.publicdata.model;
