package cn.sz.dataexchange.validator.facts;

/** An open-addressing set of longs (0 is stored apart), 8 bytes per slot, no boxing. */
public final class LongHashSet {

    private long[] slots;
    private int size;
    private boolean hasZero;

    public LongHashSet(int expected) {
        slots = new long[capacityFor(expected)];
    }

    /** Adds {@code v}; true when it was not there yet. */
    public boolean add(long v) {
        if (v == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int mask = slots.length - 1;
        int i = LongHashing.spread(v) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        if (++size > slots.length * 0.6) {
            grow();
        }
        return true;
    }

    public long size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long v : old) {
            if (v != 0) {
                int i = LongHashing.spread(v) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = v;
            }
        }
    }

    static int capacityFor(int expected) {
        int c = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected * 2L)) - 1) << 1;
        return Math.max(16, c);
    }
}
