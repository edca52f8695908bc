/**
 * The contract's JSON document (with its ODRL policy), its canonical form and digest, and the envelope the API serves.
 */
package cn.sz.dataexchange.contracts.document;
