/** Payment use cases, the gateway and journal ports, and the money steps of trades. */
package cn.sz.dataexchange.api.payment.application;
