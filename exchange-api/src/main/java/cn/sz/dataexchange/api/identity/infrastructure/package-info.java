/** PostgreSQL (R2DBC) storage of organisations, API clients and party keys. */
package cn.sz.dataexchange.api.identity.infrastructure;
