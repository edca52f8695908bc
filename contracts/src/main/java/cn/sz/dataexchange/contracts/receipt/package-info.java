/**
 * Delivery receipts: the buyer's JWS over the SHA-256 and size of the data it received, and their verification.
 */
package cn.sz.dataexchange.contracts.receipt;
