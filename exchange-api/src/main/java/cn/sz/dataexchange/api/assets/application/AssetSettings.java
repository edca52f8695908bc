package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.model.EncryptionPolicy;
import cn.sz.dataexchange.api.assets.model.UploadLimits;

/** How uploads are taken and stored: limits, which ones are encrypted, the segment size of new encrypted assets. */
public record AssetSettings(UploadLimits limits, EncryptionPolicy encryption, int segmentBytes, int writeBufferBytes) {
}
