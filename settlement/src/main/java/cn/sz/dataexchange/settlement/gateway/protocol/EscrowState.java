package cn.sz.dataexchange.settlement.gateway.protocol;

import java.util.Set;

/** An escrow's state at the gateway. On the wire as the name; {@link #code()} for storage. */
public enum EscrowState {

    HELD(1),
    RELEASED(2),
    REFUNDED(3);

    private final int code;

    EscrowState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The only moves: HELD -> RELEASED and HELD -> REFUNDED. */
    public boolean canMoveTo(EscrowState next) {
        return this == HELD && Set.of(RELEASED, REFUNDED).contains(next);
    }
}
