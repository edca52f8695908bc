/** Market participants: organisations, their API clients and their registered signing keys. */
package cn.sz.dataexchange.api.identity;
