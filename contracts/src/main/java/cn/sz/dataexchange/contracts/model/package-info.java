/**
 * The trade contract as records and enums: parties, product, price, usage, security, cross-border and dispute terms.
 */
package cn.sz.dataexchange.contracts.model;
