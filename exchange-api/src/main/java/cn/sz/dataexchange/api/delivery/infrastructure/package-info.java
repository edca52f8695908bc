/** R2DBC storage of delivery tokens and the download log. */
package cn.sz.dataexchange.api.delivery.infrastructure;
