-- The consent ledger (issue 4, ADR 0053). Sellers, as processors, import the consents their data
-- subjects gave; the exchange keeps no raw identifier, only each subject's keyed subject key
-- (HMAC-SHA256 with the seller's own secret). Purposes and categories are bit sets whose bits are
-- fixed by cn.sz.dataexchange.api.consent.model.VocabularyBits (never enum ordinals).
-- Rows are never deleted: a withdrawal sets withdrawn_at (and continues a partly withdrawn record
-- in a new row pointing back to it with derived_from).
CREATE TABLE subject_key_secrets (
    org_id     uuid PRIMARY KEY REFERENCES organisations (id),
    sealed     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE consent_records (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id         uuid        NOT NULL REFERENCES organisations (id),
    subject_key    bytea       NOT NULL CHECK (length(subject_key) = 32),
    purposes       bigint      NOT NULL CHECK (purposes <> 0),
    categories     bigint      NOT NULL,
    third_party    boolean     NOT NULL,
    express        boolean     NOT NULL,
    guardian       boolean     NOT NULL,
    given_at       timestamptz NOT NULL,
    expires_at     timestamptz,
    withdrawn_at   timestamptz,
    notice_version text        NOT NULL,
    receipt_sha256 bytea       NOT NULL CHECK (length(receipt_sha256) = 32),
    signed_receipt text,
    import_id      uuid,
    source_line    bigint,
    derived_from   bigint REFERENCES consent_records (id),
    withdrawal_id  uuid
);
-- Subject keys are organisation-specific HMACs, so the key alone is selective; org_id filters.
CREATE INDEX consent_records_subject_idx ON consent_records (subject_key);

CREATE TABLE consent_imports (
    id          uuid PRIMARY KEY,
    org_id      uuid        NOT NULL REFERENCES organisations (id),
    lines       bigint      NOT NULL,
    accepted    bigint      NOT NULL,
    rejected    bigint      NOT NULL,
    imported_at timestamptz NOT NULL,
    imported_by text        NOT NULL
);
CREATE INDEX consent_imports_org_idx ON consent_imports (org_id, imported_at DESC);

-- Art. 22: a withdrawal is an event. purposes = 0 means every purpose.
CREATE TABLE consent_withdrawals (
    id                 uuid PRIMARY KEY,
    org_id             uuid        NOT NULL REFERENCES organisations (id),
    purposes           bigint      NOT NULL,
    subjects           integer     NOT NULL,
    records_withdrawn  bigint      NOT NULL,
    records_continued  bigint      NOT NULL,
    reason             text        NOT NULL,
    withdrawn_at       timestamptz NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    suspended_listings uuid[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX consent_withdrawals_org_idx ON consent_withdrawals (org_id, recorded_at);

CREATE TABLE consent_withdrawal_subjects (
    withdrawal_id uuid  NOT NULL REFERENCES consent_withdrawals (id),
    subject_key   bytea NOT NULL,
    PRIMARY KEY (withdrawal_id, subject_key)
);
