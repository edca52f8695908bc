package cn.sz.dataexchange.settlement.ledger;

/** Whose account it is: one for the whole platform, one per organisation, or one per trade. */
public enum AccountScope {
    PLATFORM,
    ORGANISATION,
    TRADE
}
