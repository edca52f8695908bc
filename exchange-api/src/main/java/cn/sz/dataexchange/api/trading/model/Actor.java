package cn.sz.dataexchange.api.trading.model;

/** Who moves a trade, seen from the trade: one of its parties, the platform's administrator, or the exchange itself. */
public enum Actor {
    BUYER, SELLER, ADMIN, SYSTEM
}
