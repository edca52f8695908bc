/** Data assets as the exchange keeps them: immutable, hashed, encrypted at rest when required. Plain Java. */
package cn.sz.dataexchange.api.assets.model;
