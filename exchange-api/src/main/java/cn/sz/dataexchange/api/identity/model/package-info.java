/** The identity model: organisations, credit codes, roles, statuses and their allowed transitions. */
package cn.sz.dataexchange.api.identity.model;
