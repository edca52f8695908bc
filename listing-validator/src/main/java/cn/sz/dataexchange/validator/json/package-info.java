/** JSON reading and writing of manifests, reports, consent records, catalogs and fingerprints (Jackson 3). */
package cn.sz.dataexchange.validator.json;
