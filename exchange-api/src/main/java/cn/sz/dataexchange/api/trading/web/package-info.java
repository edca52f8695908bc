/** The HTTP edge of trading: routes, request bodies, views, and the role rules for the trading paths. */
package cn.sz.dataexchange.api.trading.web;
