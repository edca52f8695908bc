/** Identity use cases (registering, admitting, issuing credentials, registering keys) and the ports they need. */
package cn.sz.dataexchange.api.identity.application;
