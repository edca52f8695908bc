/** R2DBC adapters of the enforcement ports with explicit SQL, the decision signer and the area's wiring. */
package cn.sz.dataexchange.api.enforcement.infrastructure;
