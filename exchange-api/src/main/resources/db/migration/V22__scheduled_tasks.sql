-- Work that must happen later or be retried (deadlines, payment steps, webhook pushes), safe with
-- several service instances on one database: a worker claims due tasks with FOR UPDATE SKIP
-- LOCKED and holds a lease (timed by the database clock) while it works; a crashed worker's
-- lease runs out and another instance takes the task over. ADR 0063.
CREATE TABLE scheduled_tasks (
    id               uuid PRIMARY KEY,
    kind             text        NOT NULL,
    subject          text        NOT NULL,
    payload          text        NOT NULL DEFAULT '{}',
    due_at           timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    max_attempts     integer     NOT NULL,
    lease_owner      text,
    lease_expires_at timestamptz,
    last_error       text,
    outcome          text,
    created_at       timestamptz NOT NULL,
    completed_at     timestamptz
);
CREATE INDEX scheduled_tasks_due_idx ON scheduled_tasks (due_at) WHERE completed_at IS NULL;
CREATE INDEX scheduled_tasks_subject_idx ON scheduled_tasks (subject) WHERE completed_at IS NULL;
