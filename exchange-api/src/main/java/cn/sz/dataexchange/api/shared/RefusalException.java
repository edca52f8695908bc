package cn.sz.dataexchange.api.shared;

/** Carries a {@link Refusal} across reactive boundaries to the HTTP edge. */
public final class RefusalException extends RuntimeException {

    private final Refusal refusal;

    public RefusalException(Refusal refusal) {
        super(refusal.type() + ": " + refusal.detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
