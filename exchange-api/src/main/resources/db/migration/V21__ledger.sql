-- The double-entry journal of the settlement module (ADR 0042). Entry ids are derived from what
-- they record, so a retried step inserts the same id and the primary key keeps it once.
CREATE TABLE journal_entries (
    id          uuid PRIMARY KEY,
    entry_type  smallint    NOT NULL,
    trade_id    text,
    reference   text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX journal_entries_trade_idx ON journal_entries (trade_id);

CREATE TABLE journal_postings (
    entry_id      uuid     NOT NULL REFERENCES journal_entries (id),
    line_no       smallint NOT NULL,
    account_type  smallint NOT NULL,
    account_owner text     NOT NULL,
    side          smallint NOT NULL CHECK (side IN (1, 2)),
    amount_fen    bigint   NOT NULL CHECK (amount_fen > 0),
    currency      char(3)  NOT NULL,
    PRIMARY KEY (entry_id, line_no)
);
CREATE INDEX journal_postings_account_idx ON journal_postings (account_type, account_owner);
