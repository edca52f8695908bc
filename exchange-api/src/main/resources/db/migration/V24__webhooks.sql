-- Where an organisation wants its notifications pushed, and the HMAC secret (sealed under the
-- master key: the exchange must read it back to sign). Pushes are scheduled tasks. ADR 0066.
CREATE TABLE webhook_subscriptions (
    org_id              uuid PRIMARY KEY REFERENCES organisations (id),
    url                 text        NOT NULL,
    secret_sealed       bytea       NOT NULL,
    created_at          timestamptz NOT NULL,
    last_success_at     timestamptz,
    last_failure_at     timestamptz,
    last_failure        text,
    consecutive_failures integer    NOT NULL DEFAULT 0
);
