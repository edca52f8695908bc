/** Penalties under Art. 94 and Art. 95 as pure functions: confiscation, the statutory fine range and a proposed fine with reasons. */
package cn.sz.dataexchange.settlement.penalty;
