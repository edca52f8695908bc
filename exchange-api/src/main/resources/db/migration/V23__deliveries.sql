-- Delivery tokens (only their SHA-256 is stored; the token itself is shown once) and the log of
-- every download (Art. 66, 75: delivery traceable to the trade).
CREATE TABLE delivery_tokens (
    token_hash  char(64) PRIMARY KEY,
    trade_id    uuid        NOT NULL REFERENCES trades (id),
    buyer_org   uuid        NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX delivery_tokens_trade_idx ON delivery_tokens (trade_id, issued_at);

CREATE TABLE delivery_downloads (
    id           uuid PRIMARY KEY,
    trade_id     uuid        NOT NULL REFERENCES trades (id),
    token_hash   char(64)    NOT NULL REFERENCES delivery_tokens (token_hash),
    client_id    text        NOT NULL,
    range_start  bigint      NOT NULL,
    range_end    bigint      NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    bytes_sent   bigint,
    outcome      text
);
CREATE INDEX delivery_downloads_trade_idx ON delivery_downloads (trade_id, started_at);
