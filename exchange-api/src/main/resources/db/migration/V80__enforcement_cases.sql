-- Enforcement (ADR 0080): violation cases under Art. 94 and Art. 95, their event rows, the listing
-- versions and trades they name, complaints and decisions. States, events, sources are stable
-- smallint codes owned by the domain enums (CaseState, CaseEvent, CaseSource). Enforcement owns the
-- migration range V80-V89.

CREATE TABLE enforcement_cases (
    id                  uuid PRIMARY KEY,
    violated_article    smallint    NOT NULL CHECK (violated_article IN (67, 68, 69)),
    penalty_article     smallint    NOT NULL CHECK (penalty_article IN (94, 95)),
    respondent_org      uuid        NOT NULL REFERENCES organisations (id),
    source              smallint    NOT NULL,
    -- Derived from the facts: the same facts never open a second case.
    dedup_key           text        NOT NULL UNIQUE,
    summary             text        NOT NULL,
    state               smallint    NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    correction_deadline timestamptz,
    opened_by           text        NOT NULL,
    opened_at           timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX enforcement_cases_respondent_idx ON enforcement_cases (respondent_org, opened_at DESC);
CREATE INDEX enforcement_cases_opened_idx ON enforcement_cases (opened_at DESC, id);

CREATE TABLE enforcement_case_listings (
    case_id         uuid    NOT NULL REFERENCES enforcement_cases (id),
    listing_id      uuid    NOT NULL,
    listing_version integer NOT NULL,
    PRIMARY KEY (case_id, listing_id, listing_version)
);

CREATE TABLE enforcement_case_trades (
    case_id  uuid NOT NULL REFERENCES enforcement_cases (id),
    trade_id uuid NOT NULL REFERENCES trades (id),
    PRIMARY KEY (case_id, trade_id)
);
CREATE INDEX enforcement_case_trades_trade_idx ON enforcement_case_trades (trade_id);

-- One row per transition and per recorded step (statement): who, when, from, to, why.
CREATE TABLE enforcement_case_events (
    case_id     uuid        NOT NULL REFERENCES enforcement_cases (id),
    seq         integer     NOT NULL,
    event       smallint    NOT NULL,
    from_state  smallint,
    to_state    smallint    NOT NULL,
    actor       text        NOT NULL,
    reason      text,
    details     text        NOT NULL DEFAULT '{}',
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- Complaints of buyers about their trades, and of administrators on behalf of data subjects.
CREATE TABLE enforcement_complaints (
    id                uuid PRIMARY KEY,
    kind              smallint    NOT NULL CHECK (kind IN (1, 2)),
    complainant_org   uuid REFERENCES organisations (id),
    filed_by          text        NOT NULL,
    subject_reference text,
    trade_id          uuid        NOT NULL REFERENCES trades (id),
    violated_article  smallint    NOT NULL CHECK (violated_article IN (67, 68, 69)),
    text              text        NOT NULL,
    filed_at          timestamptz NOT NULL,
    case_id           uuid REFERENCES enforcement_cases (id)
);
CREATE INDEX enforcement_complaints_complainant_idx ON enforcement_complaints (complainant_org, filed_at DESC);

-- The authority's decision: the document as canonical JSON (RFC 8785), its SHA-256, and the
-- exchange's detached JWS over it.
CREATE TABLE enforcement_decisions (
    case_id          uuid PRIMARY KEY REFERENCES enforcement_cases (id),
    document         text        NOT NULL,
    digest_hex       char(64)    NOT NULL,
    kid              text        NOT NULL,
    jws              text        NOT NULL,
    confiscation_fen bigint      NOT NULL CHECK (confiscation_fen >= 0),
    fine_fen         bigint      NOT NULL CHECK (fine_fen >= 0),
    decided_by       text        NOT NULL,
    decided_at       timestamptz NOT NULL
);
