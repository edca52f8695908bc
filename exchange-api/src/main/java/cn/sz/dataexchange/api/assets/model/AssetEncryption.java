package cn.sz.dataexchange.api.assets.model;

/**
 * How an asset is encrypted at rest (Art. 77): its own data key, sealed with the exchange's
 * master key, and the plaintext segment size of the segmented AES-GCM format.
 */
public record AssetEncryption(byte[] sealedDataKey, int segmentBytes) {

    public AssetEncryption {
        sealedDataKey = sealedDataKey.clone();
        if (segmentBytes < 1024) {
            throw new IllegalArgumentException("segments have at least 1024 bytes");
        }
    }

    @Override
    public byte[] sealedDataKey() {
        return sealedDataKey.clone();
    }
}
