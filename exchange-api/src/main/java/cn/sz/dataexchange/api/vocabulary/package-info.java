/** The published vocabularies of purposes and personal data categories that manifests and consent records use. */
package cn.sz.dataexchange.api.vocabulary;
