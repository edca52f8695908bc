package cn.sz.dataexchange.validator.facts;

/** 64-bit hashing of byte ranges and longs for the engine's hash tables. */
public final class LongHashing {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private LongHashing() {
    }

    /** A 64-bit hash of {@code b[s, e)} (FNV-1a, finished with a murmur mix). */
    public static long hash(byte[] b, int s, int e) {
        long h = 0xCBF29CE484222325L;
        for (int i = s; i < e; i++) {
            h ^= b[i];
            h *= 0x100000001B3L;
        }
        return mix(h + (e - s));
    }

    /** Combines a running hash with the next value's hash. */
    public static long combine(long h, long next) {
        return mix(h * 31 + next + SEED);
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    static int spread(long v) {
        return (int) (mix(v) >>> 32);
    }
}
