/** HTTP edge of delivery: issuing tokens and the streamed, ranged download. */
package cn.sz.dataexchange.api.delivery.web;
