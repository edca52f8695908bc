-- Data assets (issue 4): immutable uploads of CSV or JSON Lines. The bytes live in the asset
-- storage (files under the data directory by default); this is their register. Encrypted assets
-- keep their own data key here, sealed with the master key (ADR 0051). Format codes: 10 CSV, 20 JSON Lines.
CREATE TABLE data_assets (
    id              uuid PRIMARY KEY,
    owner_org_id    uuid        NOT NULL REFERENCES organisations (id),
    file_name       text CHECK (length(file_name) <= 255),
    format          smallint    NOT NULL CHECK (format IN (10, 20)),
    bytes           bigint      NOT NULL CHECK (bytes > 0),
    sha256          char(64)    NOT NULL,
    header          text[]      NOT NULL,
    data_key_sealed bytea,
    segment_bytes   integer,
    uploaded_at     timestamptz NOT NULL,
    uploaded_by     text        NOT NULL,
    CHECK ((data_key_sealed IS NULL) = (segment_bytes IS NULL))
);
CREATE INDEX data_assets_owner_idx ON data_assets (owner_org_id, uploaded_at DESC, id);
