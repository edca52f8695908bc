/** What a seller declares (the manifest) and what the engine answers (the report): plain records and enums, JSON-friendly. */
package cn.sz.dataexchange.validator.model;
