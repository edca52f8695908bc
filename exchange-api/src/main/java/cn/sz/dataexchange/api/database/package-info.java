/** Where the exchange's PostgreSQL comes from: a configured server, or an embedded one under the data directory. */
package cn.sz.dataexchange.api.database;
