/**
 * Delivery of purchased data (ADR 0064): single-use, time-limited tokens issued to the buyer, a
 * streamed download of the purchased version with HTTP Range, and a log of every download so
 * delivery is traceable to the trade (Art. 66, 75).
 */
package cn.sz.dataexchange.api.delivery;
