/** Streaming readers for the data asset (CSV per RFC 4180, JSON Lines) that hand out one reused row at a time in bounded memory. */
package cn.sz.dataexchange.validator.asset;
