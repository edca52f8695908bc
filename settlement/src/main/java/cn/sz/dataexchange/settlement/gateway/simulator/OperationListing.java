package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.EscrowView;
import cn.sz.dataexchange.settlement.gateway.protocol.ListedOperation;
import cn.sz.dataexchange.settlement.gateway.protocol.OperationList;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1/operations?from=&to=&after=&limit=}: the money operations (commands answered 2xx)
 * completed in {@code [from, to)}, in completion order, {@code limit} (1..1000, default 500) a page;
 * {@code after} is the {@code next} of the previous page. Business refusals (402, 404, 409, 422) moved
 * no money and are not listed. Called under the simulator's lock.
 */
final class OperationListing {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;

    private OperationListing() {
    }

    static GatewayReply list(Map<String, String> query, IdempotencyLog log, GatewayBook book) {
        Instant from = instant(query, "from");
        Instant to = instant(query, "to");
        int after = number(query, "after", 0, Integer.MAX_VALUE, 0);
        int limit = number(query, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<ListedOperation> page = new ArrayList<>();
        List<CompletedOperation> operations = log.inOrderFrom(after);
        for (int i = 0; i < operations.size(); i++) {
            CompletedOperation op = operations.get(i);
            if (op.status() / 100 != 2 || op.completedAt().isBefore(from) || !op.completedAt().isBefore(to)) {
                continue;
            }
            if (page.size() == limit) {
                return GatewayReply.ok(new OperationList(page, Integer.toString(after + i)));
            }
            page.add(listed(op, book));
        }
        return GatewayReply.ok(new OperationList(page, null));
    }

    private static ListedOperation listed(CompletedOperation op, GatewayBook book) {
        JsonNode body = op.response();
        String kind = kindOf(op.path());
        String escrowId = body.path("escrowId").asString(null);
        String escrowState = escrowId == null ? null
                : book.escrowView(escrowId).map(EscrowView::state).map(Enum::name).orElse(null);
        return new ListedOperation(op.key(), kind, escrowId, body.path("payoutId").asString(null),
                body.path("tradeId").asString(null), body.path("amountFen").asLong(), body.path("feeFen").asLong(),
                body.path("state").asString(null), escrowState, op.completedAt().toString());
    }

    static String kindOf(String path) {
        if (path.endsWith("/release")) {
            return "RELEASE";
        }
        if (path.endsWith("/refund")) {
            return "REFUND";
        }
        return path.startsWith("/v1/payouts") ? "PAYOUT" : "ESCROW";
    }

    private static Instant instant(Map<String, String> query, String name) {
        String text = Optional.ofNullable(query.get(name))
                .orElseThrow(() -> new InvalidRequest(name + " is required (an ISO-8601 instant)"));
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name + " must be an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
        }
    }

    private static int number(Map<String, String> query, String name, int min, int max, int absent) {
        String text = query.get(name);
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new InvalidRequest(name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name + " must be a whole number");
        }
    }
}
