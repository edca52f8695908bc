package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.OpenEscrow;
import cn.sz.dataexchange.settlement.gateway.protocol.RefundEscrow;
import cn.sz.dataexchange.settlement.gateway.protocol.ReleaseEscrow;
import cn.sz.dataexchange.settlement.gateway.protocol.RequestPayout;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The state-changing routes: {@code POST /v1/escrows}, {@code /v1/escrows/{id}/release},
 * {@code /v1/escrows/{id}/refund} and {@code /v1/payouts}. Reads the command from the body
 * ({@link InvalidRequest} for a bad one) and applies it to the book.
 */
final class GatewayCommands {

    private GatewayCommands() {
    }

    /** Whether {@code segments} name a command route at all (otherwise 404/405 before idempotency). */
    static boolean isCommandRoute(List<String> segments) {
        return segments.equals(List.of("escrows")) || segments.equals(List.of("payouts"))
                || (segments.size() == 3 && segments.get(0).equals("escrows")
                        && (segments.get(2).equals("release") || segments.get(2).equals("refund")));
    }

    static GatewayReply apply(List<String> segments, JsonNode body, GatewayBook book, Collection<String> declined) {
        RequestFields.object(body);
        if (segments.equals(List.of("escrows"))) {
            return book.openEscrow(openEscrow(body), declined);
        }
        if (segments.equals(List.of("payouts"))) {
            return book.payOut(new RequestPayout(RequestFields.text(body, "payeeId"),
                    RequestFields.positiveLong(body, "amountFen"), RequestFields.currency(body)));
        }
        String escrowId = segments.get(1);
        if (segments.get(2).equals("release")) {
            return book.release(escrowId, new ReleaseEscrow(RequestFields.nonNegativeLong(body, "feeFen", false)));
        }
        return book.refund(escrowId, new RefundEscrow(RequestFields.optionalText(body, "reason")));
    }

    private static OpenEscrow openEscrow(JsonNode body) {
        OpenEscrow command = new OpenEscrow(RequestFields.text(body, "tradeId"), RequestFields.text(body, "payerId"),
                RequestFields.text(body, "payeeId"), RequestFields.positiveLong(body, "amountFen"),
                RequestFields.currency(body));
        if (command.payerId().equals(command.payeeId())) {
            throw new InvalidRequest("payerId and payeeId must differ");
        }
        return command;
    }
}
