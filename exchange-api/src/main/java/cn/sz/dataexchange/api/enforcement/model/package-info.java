/**
 * The case domain: states and events with stable codes, the one transition table, the case entity,
 * and illegal income computed from ledger lines. Plain Java; no framework (ArchitectureTest keeps it so).
 */
package cn.sz.dataexchange.api.enforcement.model;
