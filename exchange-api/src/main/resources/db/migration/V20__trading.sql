-- Trading (issue 5): trades and their state-machine history, contracts with their signatures,
-- delivery receipts and the exchange's own countersigning key. States and events are stable
-- smallint codes owned by the domain enums (TradeState, TradeEvent); never ordinals or strings.

CREATE TABLE trades (
    id                 uuid PRIMARY KEY,
    listing_id         uuid        NOT NULL,
    listing_version    integer     NOT NULL,
    seller_org         uuid        NOT NULL REFERENCES organisations (id),
    buyer_org          uuid        NOT NULL REFERENCES organisations (id),
    listing_title      text        NOT NULL,
    asset_id           uuid        NOT NULL,
    asset_sha256       char(64)    NOT NULL,
    asset_bytes        bigint      NOT NULL,
    price_fen          bigint      NOT NULL CHECK (price_fen >= 0),
    currency           char(3)     NOT NULL DEFAULT 'CNY',
    purpose            text        NOT NULL,
    territory          text[]      NOT NULL,
    state              smallint    NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    -- Art. 69: the trading conditions, recorded when the order is placed.
    security_level     smallint    NOT NULL CHECK (security_level BETWEEN 1 AND 5),
    trading_cost_fen   bigint      NOT NULL CHECK (trading_cost_fen >= 0),
    credit_status      smallint    NOT NULL CHECK (credit_status BETWEEN 1 AND 5),
    trade_link         text        NOT NULL,
    duration_days      integer     NOT NULL CHECK (duration_days > 0),
    exemption_claim    text,
    -- payment bookkeeping: which escrow attempt, the gateway's escrow id
    payment_attempt    integer     NOT NULL DEFAULT 0,
    escrow_id          text,
    stalled_from       smallint,
    deadline_kind      text,
    deadline_at        timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CHECK (seller_org <> buyer_org)
);
CREATE INDEX trades_buyer_idx ON trades (buyer_org, created_at DESC, id);
CREATE INDEX trades_seller_idx ON trades (seller_org, created_at DESC, id);
CREATE INDEX trades_listing_idx ON trades (listing_id, state);

-- One row per transition (and per recorded step that keeps the state): who, when, from, to, why.
CREATE TABLE trade_events (
    trade_id    uuid        NOT NULL REFERENCES trades (id),
    seq         integer     NOT NULL,
    event       smallint    NOT NULL,
    from_state  smallint,
    to_state    smallint    NOT NULL,
    actor       text        NOT NULL,
    reason      text,
    details     text        NOT NULL DEFAULT '{}',
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (trade_id, seq)
);

-- The contract document: RFC 8785 canonical JSON, as signed; its SHA-256 in hex.
CREATE TABLE trade_contracts (
    trade_id     uuid PRIMARY KEY REFERENCES trades (id),
    contract_id  text        NOT NULL UNIQUE,
    canonical    text        NOT NULL,
    digest_hex   char(64)    NOT NULL,
    created_at   timestamptz NOT NULL
);

CREATE TABLE trade_signatures (
    trade_id    uuid        NOT NULL REFERENCES trades (id),
    role        text        NOT NULL CHECK (role IN ('seller', 'buyer', 'exchange')),
    kid         text        NOT NULL,
    signed_at   timestamptz NOT NULL,
    jws         text        NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (trade_id, role)
);

CREATE TABLE trade_receipts (
    trade_id    uuid PRIMARY KEY REFERENCES trades (id),
    kid         text        NOT NULL,
    sha256      char(64)    NOT NULL,
    bytes       bigint      NOT NULL,
    received_at timestamptz NOT NULL,
    jws         text        NOT NULL,
    recorded_at timestamptz NOT NULL
);

-- The exchange's contract-countersigning keys, sealed under the master key like the token keys.
CREATE TABLE exchange_signing_keys (
    kid                text PRIMARY KEY,
    algorithm          text        NOT NULL,
    public_jwk         text        NOT NULL,
    private_jwk_sealed bytea       NOT NULL,
    created_at         timestamptz NOT NULL,
    retired_at         timestamptz
);
