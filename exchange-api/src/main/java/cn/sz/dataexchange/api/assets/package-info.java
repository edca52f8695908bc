/** Data assets: streamed uploads, their storage (encrypted when sensitive) and reading them back. */
package cn.sz.dataexchange.api.assets;
