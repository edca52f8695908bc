/** The consent ledger in PostgreSQL: COPY for bulk imports, set-based withdrawals, batched lookups. */
package cn.sz.dataexchange.api.consent.infrastructure;
