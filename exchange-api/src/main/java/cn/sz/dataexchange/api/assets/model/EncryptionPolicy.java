package cn.sz.dataexchange.api.assets.model;

/** Which uploads are encrypted at rest. */
public enum EncryptionPolicy {
    /** Every asset (the default: no seller has to remember to ask). */
    ALL,
    /** Only assets whose upload declares sensitive personal data; a listing declaring such data refuses a plain asset. */
    DECLARED_SENSITIVE;

    public boolean encrypts(boolean declaredSensitive) {
        return this == ALL || declaredSensitive;
    }
}
