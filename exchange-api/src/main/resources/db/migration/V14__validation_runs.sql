-- Asynchronous validation (ADR 0052). Runs are a queue shared by every instance: a worker leases
-- one with FOR UPDATE SKIP LOCKED, writes its progress here (which any instance serves, also as
-- server-sent events) and renews its lease; an expired lease makes the run claimable again.
-- state: 10 QUEUED, 20 RUNNING, 30 SUCCEEDED, 40 FAILED; kind: 10 SUBMISSION, 20 REVALIDATION;
-- phase: 0 WAITING, 10 READING_ASSET, 20 CHECKING_REMAINING_CONSENTS, 30 EVALUATING_RULES, 40 DONE;
-- verdict: 10 PASS, 20 REJECT.
CREATE TABLE validation_runs (
    id          uuid PRIMARY KEY,
    listing_id  uuid        NOT NULL,
    version     integer     NOT NULL,
    kind        smallint    NOT NULL CHECK (kind IN (10, 20)),
    state       smallint    NOT NULL CHECK (state IN (10, 20, 30, 40)),
    phase       smallint    NOT NULL DEFAULT 0,
    bytes_read  bigint      NOT NULL DEFAULT 0,
    rows_read   bigint      NOT NULL DEFAULT 0,
    total_bytes bigint      NOT NULL DEFAULT 0,
    verdict     smallint CHECK (verdict IN (10, 20)),
    report      text,
    error       text,
    attempts    integer     NOT NULL DEFAULT 0,
    lease_owner text,
    lease_until timestamptz,
    created_at  timestamptz NOT NULL,
    started_at  timestamptz,
    finished_at timestamptz,
    updated_at  timestamptz NOT NULL,
    FOREIGN KEY (listing_id, version) REFERENCES listing_versions (listing_id, version)
);
-- One validation at a time per version: a second submit cannot queue a second run.
CREATE UNIQUE INDEX validation_runs_one_active_idx ON validation_runs (listing_id, version) WHERE state IN (10, 20);
CREATE INDEX validation_runs_claimable_idx ON validation_runs (created_at) WHERE state IN (10, 20);
CREATE INDEX validation_runs_listing_idx ON validation_runs (listing_id, created_at DESC);

-- The subjects each validated version holds, by the first 64 bits of their subject keys (ADR 0054):
-- a withdrawal finds the listed products it touches with one indexed lookup.
CREATE TABLE listing_subjects (
    key_prefix  bigint NOT NULL,
    version_ref bigint NOT NULL,
    PRIMARY KEY (key_prefix, version_ref)
);
CREATE INDEX listing_subjects_version_idx ON listing_subjects (version_ref);
