/** Delivery use cases and the token store port. */
package cn.sz.dataexchange.api.delivery.application;
