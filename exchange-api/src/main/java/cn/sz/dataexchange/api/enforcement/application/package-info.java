/** Enforcement use cases (opening, moving, deciding cases; complaints) and the ports they use. */
package cn.sz.dataexchange.api.enforcement.application;
