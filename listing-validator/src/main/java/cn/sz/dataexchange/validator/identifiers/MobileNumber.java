package cn.sz.dataexchange.validator.identifiers;

/** Mainland mobile numbers: 11 digits in an allocated 1[3-9]x number segment. */
public final class MobileNumber {

    private static final boolean[] SEGMENTS = new boolean[1000];

    static {
        allocate(130, 139);
        allocate(145, 149);
        allocate(150, 153);
        allocate(155, 159);
        allocate(162, 162);
        allocate(165, 167);
        allocate(170, 178);
        allocate(180, 189);
        allocate(190, 193);
        allocate(195, 199);
    }

    private MobileNumber() {
    }

    /** 11 digits at {@code s} whose first three form an allocated segment. */
    public static boolean isValid(byte[] b, int s) {
        int segment = (b[s] - '0') * 100 + (b[s + 1] - '0') * 10 + (b[s + 2] - '0');
        return segment >= 0 && segment < 1000 && SEGMENTS[segment];
    }

    private static void allocate(int from, int to) {
        for (int i = from; i <= to; i++) {
            SEGMENTS[i] = true;
        }
    }
}
