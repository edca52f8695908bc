/** HTTP conventions shared by every endpoint: problem details, the caller argument, idempotency. */
package cn.sz.dataexchange.api.web;
