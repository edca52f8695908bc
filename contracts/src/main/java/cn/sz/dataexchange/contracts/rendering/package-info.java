/**
 * The human-readable contract in Chinese and English, rendered from template resources and bound to the contract's digest.
 */
package cn.sz.dataexchange.contracts.rendering;
