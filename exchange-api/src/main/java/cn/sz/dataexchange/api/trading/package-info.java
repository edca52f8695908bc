/**
 * Trading: buyers purchase listed product versions under a contract all parties sign;
 * each trade moves through a state machine from order to settlement (ADR 0060-0062). Sub-packages:
 * {@code model} (states, transition table, guards), {@code application} (use cases, ports),
 * {@code infrastructure} (R2DBC, Spring Statemachine, keys), {@code web} (the HTTP API).
 */
package cn.sz.dataexchange.api.trading;
