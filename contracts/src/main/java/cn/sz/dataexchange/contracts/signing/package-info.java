/**
 * Party signatures over a contract's canonical bytes (JWS, detached payload, ES256 or EdDSA), the exchange's countersignature and their verification against a key directory.
 */
package cn.sz.dataexchange.contracts.signing;
