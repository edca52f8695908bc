/** The listing validator's public entry point: run a manifest and an asset through every Art. 67 rule and get a report. */
package cn.sz.dataexchange.validator;
