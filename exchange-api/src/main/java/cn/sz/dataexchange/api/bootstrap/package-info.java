/** Start-up seeding: the first platform administrator from configuration, and the demo profile's members. */
package cn.sz.dataexchange.api.bootstrap;
