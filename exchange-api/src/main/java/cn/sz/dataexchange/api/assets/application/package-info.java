/** Asset use cases (uploading, reading back) and the ports they need (storage, the asset register). */
package cn.sz.dataexchange.api.assets.application;
