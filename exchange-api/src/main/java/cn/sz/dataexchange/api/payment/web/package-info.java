/** The HTTP edge of payment: the buyer's payment command. */
package cn.sz.dataexchange.api.payment.web;
