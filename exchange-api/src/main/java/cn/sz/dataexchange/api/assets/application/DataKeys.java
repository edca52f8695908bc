package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.model.AssetEncryption;
import cn.sz.dataexchange.api.security.MasterKey;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Envelope encryption of assets: each asset gets its own random AES-256 key, stored only sealed
 * with the exchange's master key and bound to the asset's id. Keys are never logged.
 */
public final class DataKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKey masterKey;

    public DataKeys(MasterKey masterKey) {
        this.masterKey = masterKey;
    }

    /** A fresh data key, plaintext and sealed. */
    public DataKey generate(UUID assetId, int segmentBytes) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new DataKey(key, new AssetEncryption(masterKey.seal(key, binding(assetId)), segmentBytes));
    }

    public byte[] open(UUID assetId, AssetEncryption encryption) {
        return masterKey.open(encryption.sealedDataKey(), binding(assetId));
    }

    public static byte[] noncePrefix() {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        return prefix;
    }

    private static String binding(UUID assetId) {
        return "asset-data-key:" + assetId;
    }

    /** A data key in the clear (to use now) and sealed (to store). */
    public record DataKey(byte[] plaintext, AssetEncryption sealed) {

        @Override
        public String toString() {
            return "DataKey[redacted]";
        }
    }
}
