-- Reconciliation with the payment gateway (ADR 0049): one row per run of a period, and every
-- mismatch found, stored once (a later run of the same or an overlapping period finds it again and
-- adds nothing). Mismatches are never corrected here: they are evidence for people to act on.
CREATE TABLE reconciliation_runs (
    id              uuid PRIMARY KEY,
    period_from     date        NOT NULL,
    period_to       date        NOT NULL,
    period_start    timestamptz NOT NULL,
    period_end      timestamptz NOT NULL,
    trigger         text        NOT NULL,   -- 'scheduler' or the administrator (audit actor)
    state           smallint    NOT NULL CHECK (state IN (1, 2, 3)),   -- RUNNING, COMPLETED, FAILED
    ledger_records  integer     NOT NULL DEFAULT 0,
    gateway_records integer     NOT NULL DEFAULT 0,
    matched         integer     NOT NULL DEFAULT 0,
    mismatches      integer     NOT NULL DEFAULT 0,
    new_mismatches  integer     NOT NULL DEFAULT 0,
    error           text,
    started_at      timestamptz NOT NULL,
    completed_at    timestamptz
);
CREATE INDEX reconciliation_runs_started_idx ON reconciliation_runs (started_at DESC, id);

CREATE TABLE reconciliation_mismatches (
    id             uuid PRIMARY KEY,
    run_id         uuid        NOT NULL REFERENCES reconciliation_runs (id),
    kind           smallint    NOT NULL CHECK (kind BETWEEN 1 AND 4),        -- MismatchKind
    operation      smallint    NOT NULL CHECK (operation BETWEEN 1 AND 4),   -- OperationKind
    reference      text        NOT NULL,
    ledger_record  text,        -- JSON, as found in the journal (null when missing there)
    gateway_record text,        -- JSON, as found at the gateway (null when missing there)
    detail         text        NOT NULL,
    found_at       timestamptz NOT NULL,
    UNIQUE (operation, reference, kind)
);
CREATE INDEX reconciliation_mismatches_found_idx ON reconciliation_mismatches (found_at DESC, id);

-- Reconciliation looks a gateway operation up in the journal by the reference both keep.
CREATE INDEX journal_entries_reference_idx ON journal_entries (reference);
