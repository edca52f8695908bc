/** Row observers that gather, in one pass over the asset, the facts the rules judge: identifiers, consent gaps, equivalence classes, overlap. */
package cn.sz.dataexchange.validator.facts;
