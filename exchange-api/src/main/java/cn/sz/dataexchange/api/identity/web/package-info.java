/** HTTP endpoints of identity: organisations, their clients and keys, platform clients. */
package cn.sz.dataexchange.api.identity.web;
