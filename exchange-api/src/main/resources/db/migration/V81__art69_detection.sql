-- Art. 69 detection (ADR 0081). The listing's list price at each trade, so that a general price change
-- (a new list price) is told apart from different prices to counterparties under one list price;
-- trades recorded before this migration took their price from the listing, so it is their list price.
ALTER TABLE trades ADD COLUMN list_price_fen bigint CHECK (list_price_fen >= 0);
UPDATE trades SET list_price_fen = price_fen WHERE list_price_fen IS NULL;
CREATE INDEX trades_art69_idx ON trades (seller_org, listing_id, list_price_fen, created_at);

-- A detection run over the recorded trades: who or what started it, the policy used, its counts.
CREATE TABLE art69_detection_runs (
    id              uuid PRIMARY KEY,
    trigger         text        NOT NULL CHECK (trigger IN ('SCHEDULED', 'ON_DEMAND')),
    requested_by    text        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('RUNNING', 'COMPLETED', 'FAILED')),
    policy          text        NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    trades_scanned  bigint      NOT NULL DEFAULT 0,
    groups_compared bigint      NOT NULL DEFAULT 0,
    pairs_compared  bigint      NOT NULL DEFAULT 0,
    findings        integer     NOT NULL DEFAULT 0,
    cases_opened    integer     NOT NULL DEFAULT 0,
    error           text
);
CREATE INDEX art69_detection_runs_started_idx ON art69_detection_runs (started_at DESC);

-- One finding of a run: seller, product and list price, the evidence pairs, the case it opened or found.
CREATE TABLE art69_findings (
    run_id          uuid        NOT NULL REFERENCES art69_detection_runs (id),
    seq             integer     NOT NULL,
    seller_org      uuid        NOT NULL,
    listing_id      uuid        NOT NULL,
    list_price_fen  bigint      NOT NULL,
    evidence        text        NOT NULL,
    trade_ids       uuid[]      NOT NULL,
    case_id         uuid        NOT NULL REFERENCES enforcement_cases (id),
    case_created    boolean     NOT NULL,
    PRIMARY KEY (run_id, seq)
);
