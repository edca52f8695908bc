/** Statement endpoints under /api/v1/statements: JSON pages, CSV, role rules. */
package cn.sz.dataexchange.api.statements.web;
