/** The tamper-evident audit log (Art. 66, 75): append-only hash chains, one per aggregate, and their verification. */
package cn.sz.dataexchange.api.audit;
