package cn.sz.dataexchange.settlement.gateway.protocol;

import java.util.List;

/**
 * A page of {@code GET /v1/operations?from=&to=&after=&limit=}: operations in completion order;
 * {@code next} is the {@code after} value for the following page, null on the last one.
 */
public record OperationList(List<ListedOperation> operations, String next) {

    public OperationList {
        operations = List.copyOf(operations);
    }
}
