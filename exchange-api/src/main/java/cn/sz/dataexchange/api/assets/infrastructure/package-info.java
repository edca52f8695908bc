/** Asset storage on the local file system and the asset register in PostgreSQL. */
package cn.sz.dataexchange.api.assets.infrastructure;
