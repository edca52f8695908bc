-- Which instance closed a task: with leases, each task is closed by exactly one instance (ADR 0063).
ALTER TABLE scheduled_tasks ADD COLUMN completed_by text;
