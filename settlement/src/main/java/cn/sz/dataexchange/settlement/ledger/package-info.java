/** The double-entry ledger: accounts, balanced journal entries, trade life-cycle postings, balances, invariants and statements. */
package cn.sz.dataexchange.settlement.ledger;
