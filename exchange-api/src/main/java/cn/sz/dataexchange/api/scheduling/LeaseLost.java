package cn.sz.dataexchange.api.scheduling;

/**
 * The worker's lease on a task ended (it ran out and another instance claimed the task, or the task
 * was completed meanwhile): the worker's transaction must roll back. Infrastructure, not business.
 */
public final class LeaseLost extends RuntimeException {

    public LeaseLost(ScheduledTask task, String owner) {
        super("lease of " + owner + " on task " + task.id() + " (" + task.kind() + ", attempt " + task.attempts()
                + ") is lost", null, false, false);
    }
}
