-- Foundation schema: organisations and their credentials, token signing keys, idempotency
-- records and the tamper-evident audit log. Statuses are stable smallint codes owned by the
-- domain enums (never ordinals, never free strings).

CREATE TABLE organisations (
    id                uuid PRIMARY KEY,
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    credit_code       char(18)    NOT NULL UNIQUE,
    contact_email     text        NOT NULL,
    roles             text[]      NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['SELLER', 'BUYER']),
    status            smallint    NOT NULL CHECK (status IN (10, 20, 30)),
    status_reason     text,
    registered_at     timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL,
    webhook_url       text,
    version           bigint      NOT NULL DEFAULT 0
);
CREATE INDEX organisations_status_idx ON organisations (status, registered_at);

CREATE TABLE organisation_status_events (
    id          bigserial PRIMARY KEY,
    org_id      uuid        NOT NULL REFERENCES organisations (id),
    from_status smallint,
    to_status   smallint    NOT NULL,
    reason      text,
    actor       text        NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX organisation_status_events_org_idx ON organisation_status_events (org_id, id);

CREATE TABLE api_clients (
    client_id      text PRIMARY KEY,
    org_id         uuid REFERENCES organisations (id),
    platform_roles text[]      NOT NULL DEFAULT '{}' CHECK (platform_roles <@ ARRAY['ADMIN', 'REGULATOR']),
    label          text,
    secret_hash    text        NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    revoked_at     timestamptz,
    CHECK ((org_id IS NULL) <> (cardinality(platform_roles) = 0))
);
CREATE INDEX api_clients_org_idx ON api_clients (org_id);

CREATE TABLE token_signing_keys (
    kid                text PRIMARY KEY,
    algorithm          text        NOT NULL,
    public_jwk         text        NOT NULL,
    private_jwk_sealed bytea       NOT NULL,
    created_at         timestamptz NOT NULL,
    retired_at         timestamptz
);

CREATE TABLE party_keys (
    kid               text PRIMARY KEY,
    org_id            uuid        NOT NULL REFERENCES organisations (id),
    algorithm         text        NOT NULL CHECK (algorithm IN ('ES256', 'EdDSA')),
    public_jwk        text        NOT NULL,
    thumbprint        text        NOT NULL UNIQUE,
    registered_at     timestamptz NOT NULL,
    revoked_at        timestamptz,
    revocation_reason text
);
CREATE INDEX party_keys_org_idx ON party_keys (org_id, registered_at);

CREATE TABLE idempotency_records (
    scope           text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    completed       boolean     NOT NULL DEFAULT false,
    response_status integer,
    response_body   text,
    response_headers text,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    PRIMARY KEY (scope, idempotency_key)
);

-- Art. 66 and 75: every step leaves a record that cannot be changed without detection. Each
-- stream (one aggregate, e.g. "organisation:<id>") is a hash chain; rows are append-only.
CREATE TABLE audit_events (
    seq         bigserial PRIMARY KEY,
    stream      text        NOT NULL,
    stream_seq  integer     NOT NULL,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    payload     text        NOT NULL,
    prev_hash   text        NOT NULL,
    hash        text        NOT NULL,
    UNIQUE (stream, stream_seq)
);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at);

CREATE FUNCTION audit_events_are_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
