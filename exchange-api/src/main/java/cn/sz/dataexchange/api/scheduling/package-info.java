/**
 * Work that must happen later or be retried, safe with several instances on one database: tasks
 * in PostgreSQL, claimed with {@code FOR UPDATE SKIP LOCKED} under a lease, retried with
 * exponential backoff up to a limit, then handed to the task's give-up handler (ADR 0063).
 */
package cn.sz.dataexchange.api.scheduling;
