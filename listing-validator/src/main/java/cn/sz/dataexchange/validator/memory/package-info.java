/** In-memory implementations of the ports, compact enough for tens of millions of consent records. */
package cn.sz.dataexchange.validator.memory;
