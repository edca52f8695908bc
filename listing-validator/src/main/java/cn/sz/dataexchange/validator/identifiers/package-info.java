/** Byte-level detectors for personal identifiers, each validated by its check character, date or allocation table, plus masking. */
package cn.sz.dataexchange.validator.identifiers;
