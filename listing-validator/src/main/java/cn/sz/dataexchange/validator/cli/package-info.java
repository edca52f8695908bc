/** The command-line tool sellers run before they submit: validate and scan. */
package cn.sz.dataexchange.validator.cli;
