/**
 * JOSE plumbing shared by contract signatures and delivery receipts; not for use outside this module.
 */
package cn.sz.dataexchange.contracts.signing.internal;
