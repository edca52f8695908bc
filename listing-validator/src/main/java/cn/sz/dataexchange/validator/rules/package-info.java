/** The Art. 67 rules, each a small policy turning gathered facts into findings, all listed in ListingRules. */
package cn.sz.dataexchange.validator.rules;
