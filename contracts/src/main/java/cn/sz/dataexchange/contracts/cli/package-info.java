/**
 * The command-line tool in target/contracts.jar: key generation, signing and verifying contracts and delivery receipts.
 */
package cn.sz.dataexchange.contracts.cli;
