/** HTTP edge of the assets area. */
package cn.sz.dataexchange.api.assets.web;
