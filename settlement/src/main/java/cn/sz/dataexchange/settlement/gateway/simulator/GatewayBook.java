package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.BalanceView;
import cn.sz.dataexchange.settlement.gateway.protocol.EscrowState;
import cn.sz.dataexchange.settlement.gateway.protocol.EscrowView;
import cn.sz.dataexchange.settlement.gateway.protocol.GatewayProblem;
import cn.sz.dataexchange.settlement.gateway.protocol.OpenEscrow;
import cn.sz.dataexchange.settlement.gateway.protocol.PayoutView;
import cn.sz.dataexchange.settlement.gateway.protocol.ReleaseEscrow;
import cn.sz.dataexchange.settlement.gateway.protocol.RefundEscrow;
import cn.sz.dataexchange.settlement.gateway.protocol.RequestPayout;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulated gateway's money: escrows, payees' available balances and payouts. Business outcomes
 * are replies (409 for a state conflict, 402 for a declined payer), never exceptions. Not
 * thread-safe by itself: the simulator calls it under one lock together with the idempotency log.
 */
final class GatewayBook {

    private static final String CNY = "CNY";

    private final Clock clock;
    private final Map<String, EscrowView> escrows = new HashMap<>();
    private final Map<String, String> escrowIdByTrade = new HashMap<>();
    private final Map<String, PayoutView> payouts = new HashMap<>();
    private final Map<String, Long> available = new HashMap<>();

    GatewayBook(Clock clock) {
        this.clock = clock;
    }

    GatewayReply openEscrow(OpenEscrow command, Collection<String> declinedPayers) {
        String existing = escrowIdByTrade.get(command.tradeId());
        if (existing != null) {
            return GatewayReply.problem(GatewayProblem.of(409, "escrow-exists", "Escrow exists",
                    "trade " + command.tradeId() + " already has escrow " + existing).aboutEscrow(existing));
        }
        if (declinedPayers.contains(command.payerId())) {
            return GatewayReply.problem(402, "payment-declined", "Payment declined",
                    "the payer's payment method declined " + command.amountFen() + " fen");
        }
        String now = clock.instant().toString();
        EscrowView escrow = new EscrowView("esc_" + UUID.randomUUID(), command.tradeId(), command.payerId(),
                command.payeeId(), command.amountFen(), CNY, EscrowState.HELD, 0, 0, null, now, now);
        escrows.put(escrow.escrowId(), escrow);
        escrowIdByTrade.put(escrow.tradeId(), escrow.escrowId());
        return GatewayReply.created(escrow);
    }

    GatewayReply release(String escrowId, ReleaseEscrow command) {
        EscrowView escrow = escrows.get(escrowId);
        if (escrow == null) {
            return GatewayReply.notFound("escrow", escrowId);
        }
        if (!escrow.state().canMoveTo(EscrowState.RELEASED)) {
            return notHeld(escrow, "release");
        }
        if (command.feeFen() > escrow.amountFen()) {
            return GatewayReply.problem(422, "fee-exceeds-amount", "Fee exceeds amount",
                    "fee " + command.feeFen() + " is more than the escrow's " + escrow.amountFen());
        }
        long net = escrow.amountFen() - command.feeFen();
        available.merge(escrow.payeeId(), net, Math::addExact);
        return GatewayReply.ok(replace(escrow, EscrowState.RELEASED, command.feeFen(), net, null));
    }

    GatewayReply refund(String escrowId, RefundEscrow command) {
        EscrowView escrow = escrows.get(escrowId);
        if (escrow == null) {
            return GatewayReply.notFound("escrow", escrowId);
        }
        if (!escrow.state().canMoveTo(EscrowState.REFUNDED)) {
            return notHeld(escrow, "refund");
        }
        return GatewayReply.ok(replace(escrow, EscrowState.REFUNDED, 0, 0, command.reason()));
    }

    GatewayReply payOut(RequestPayout command) {
        long balance = available.getOrDefault(command.payeeId(), 0L);
        if (command.amountFen() > balance) {
            return GatewayReply.problem(409, "insufficient-balance", "Insufficient balance",
                    command.payeeId() + " has " + balance + " fen available, asked " + command.amountFen());
        }
        available.put(command.payeeId(), balance - command.amountFen());
        PayoutView payout = new PayoutView("po_" + UUID.randomUUID(), command.payeeId(), command.amountFen(), CNY,
                "PAID", clock.instant().toString());
        payouts.put(payout.payoutId(), payout);
        return GatewayReply.created(payout);
    }

    GatewayReply escrow(String escrowId) {
        EscrowView escrow = escrows.get(escrowId);
        return escrow == null ? GatewayReply.notFound("escrow", escrowId) : GatewayReply.ok(escrow);
    }

    Optional<EscrowView> escrowView(String escrowId) {
        return Optional.ofNullable(escrows.get(escrowId));
    }

    GatewayReply escrowOfTrade(String tradeId) {
        String escrowId = escrowIdByTrade.get(tradeId);
        return escrowId == null
                ? GatewayReply.problem(404, "escrow-not-found", "Not found", "trade " + tradeId + " has no escrow")
                : escrow(escrowId);
    }

    GatewayReply payout(String payoutId) {
        PayoutView payout = payouts.get(payoutId);
        return payout == null ? GatewayReply.notFound("payout", payoutId) : GatewayReply.ok(payout);
    }

    GatewayReply balance(String partyId) {
        return GatewayReply.ok(new BalanceView(partyId, available.getOrDefault(partyId, 0L), CNY));
    }

    private EscrowView replace(EscrowView escrow, EscrowState state, long fee, long net, String reason) {
        EscrowView moved = new EscrowView(escrow.escrowId(), escrow.tradeId(), escrow.payerId(), escrow.payeeId(),
                escrow.amountFen(), escrow.currency(), state, fee, net, reason, escrow.createdAt(),
                clock.instant().toString());
        escrows.put(moved.escrowId(), moved);
        return moved;
    }

    private static GatewayReply notHeld(EscrowView escrow, String attempted) {
        return GatewayReply.problem(GatewayProblem.of(409, "escrow-not-held", "Escrow not held",
                "escrow " + escrow.escrowId() + " is " + escrow.state() + "; cannot " + attempted)
                .aboutEscrow(escrow.escrowId()));
    }
}
