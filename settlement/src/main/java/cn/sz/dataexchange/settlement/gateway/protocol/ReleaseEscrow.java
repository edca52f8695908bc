package cn.sz.dataexchange.settlement.gateway.protocol;

/** Body of {@code POST /v1/escrows/{id}/release}: pay the payee the escrow less {@code feeFen} (0 for none). */
public record ReleaseEscrow(long feeFen) {
}
