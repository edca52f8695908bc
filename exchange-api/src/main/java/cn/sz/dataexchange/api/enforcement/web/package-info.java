/** The cases API ({@code /api/v1/cases}) and its role rules. */
package cn.sz.dataexchange.api.enforcement.web;
