package cn.sz.dataexchange.api.listings.application;

/** This instance no longer holds the run's lease (another took it over): stop without writing anything. */
final class LeaseLost extends RuntimeException {

    LeaseLost(java.util.UUID runId) {
        super("lost the lease on validation run " + runId, null, false, false);
    }
}
