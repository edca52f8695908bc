-- Administrators' decisions on listings (Art. 31; ADR 0055): who, when, why, with what conditions,
-- and the validation report the decision rested on. Decisions of one review round count together
-- for the four-eyes rule. decision: 10 APPROVE, 20 REJECT, 30 REQUEST_CHANGES.
CREATE TABLE review_decisions (
    id              uuid PRIMARY KEY,
    listing_id      uuid        NOT NULL REFERENCES listings (id),
    version         integer     NOT NULL,
    review_round    integer     NOT NULL,
    decision        smallint    NOT NULL CHECK (decision IN (10, 20, 30)),
    reason          text        NOT NULL,
    conditions      text[]      NOT NULL DEFAULT '{}',
    admin_client_id text        NOT NULL,
    actor           text        NOT NULL,
    decided_at      timestamptz NOT NULL,
    run_id          uuid,
    report_sha256   char(64),
    final           boolean     NOT NULL
);
CREATE INDEX review_decisions_listing_idx ON review_decisions (listing_id, version, review_round);
