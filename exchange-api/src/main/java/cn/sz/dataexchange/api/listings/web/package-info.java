/** HTTP edge of listings: CRUD, submission, validation progress (JSON and server-sent events) and consent coverage. */
package cn.sz.dataexchange.api.listings.web;
