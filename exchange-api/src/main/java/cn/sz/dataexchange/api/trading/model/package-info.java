/**
 * The trade domain: states with stable codes, the one transition table with its guards, deadlines
 * and the trade entity. Plain Java; no framework (ArchitectureTest keeps it so).
 */
package cn.sz.dataexchange.api.trading.model;
