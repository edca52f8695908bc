/** Values every area of the service shares: business results and their refusals. */
package cn.sz.dataexchange.api.shared;
