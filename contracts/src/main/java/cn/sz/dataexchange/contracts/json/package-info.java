/**
 * JSON without a framework: a strict parser, the RFC 8785 canonical writer and SHA-256 digests of canonical bytes.
 */
package cn.sz.dataexchange.contracts.json;
