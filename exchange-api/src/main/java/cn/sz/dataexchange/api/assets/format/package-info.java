/**
 * How asset bytes are laid out at rest: plain, or segmented AES-GCM (ADR 0051) so that any range
 * of a multi-gigabyte asset can be read and authenticated without reading the rest. Plain Java.
 */
package cn.sz.dataexchange.api.assets.format;
