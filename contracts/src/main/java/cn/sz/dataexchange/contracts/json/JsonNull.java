package cn.sz.dataexchange.contracts.json;

/** The JSON {@code null} literal, so that maps and lists never hold Java nulls. */
public enum JsonNull {
    NULL;

    @Override
    public String toString() {
        return "null";
    }
}
