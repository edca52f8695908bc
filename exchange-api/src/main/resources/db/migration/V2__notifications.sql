-- Notifications for organisations: every event that concerns one (a listing suspended, a trade
-- moved on, a deadline near) is stored here for GET /api/v1/notifications and may be pushed to
-- the organisation's webhook.
CREATE TABLE notifications (
    id          uuid PRIMARY KEY,
    org_id      uuid        NOT NULL REFERENCES organisations (id),
    type        text        NOT NULL,
    subject     text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX notifications_org_idx ON notifications (org_id, created_at DESC, id);
