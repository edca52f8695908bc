-- Art. 69 item 1 (ADR 0081): a counterparty's actual need, from the published vocabulary, confirmed by
-- platform staff in a case. Only a confirmed need is passed to the detector as an exemption claim; a
-- seller's free text (trades.exemption_claim) never is.
CREATE TABLE enforcement_confirmed_needs (
    trade_id     uuid PRIMARY KEY REFERENCES trades (id),
    need         text        NOT NULL,
    case_id      uuid        NOT NULL REFERENCES enforcement_cases (id),
    confirmed_by text        NOT NULL,
    reason       text        NOT NULL,
    confirmed_at timestamptz NOT NULL
);
