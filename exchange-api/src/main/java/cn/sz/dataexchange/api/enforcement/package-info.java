/**
 * Enforcement: violation cases under Art. 94 (trading in violation of Art. 67) and Art. 95
 * (Art. 68 and 69), from opening through investigation, correction, decision and enforcement
 * (ADR 0080). Sub-packages: {@code model} (states, transition table, the case, illegal income),
 * {@code application} (use cases, ports), {@code infrastructure} (R2DBC, decision signing),
 * {@code web} (the HTTP API under {@code /api/v1/cases}).
 */
package cn.sz.dataexchange.api.enforcement;
