-- Signed checkpoints of the audit log (ADR 0009). A chain shows that no event inside a stream was
-- altered; a checkpoint anchors how far each stream had grown, so cutting off a stream's newest
-- events or dropping a whole stream is detected too.

-- Each stream's newest event, kept by the append in the same transaction; anchored_seq is how far
-- the newest checkpoint covers it.
CREATE TABLE audit_heads (
    stream       text    PRIMARY KEY,
    stream_seq   integer NOT NULL,
    hash         text    NOT NULL,
    anchored_seq integer NOT NULL DEFAULT 0
);
CREATE INDEX audit_heads_unanchored_idx ON audit_heads (stream) WHERE stream_seq > anchored_seq;

INSERT INTO audit_heads (stream, stream_seq, hash)
SELECT DISTINCT ON (stream) stream, stream_seq, hash FROM audit_events ORDER BY stream, stream_seq DESC;

-- Checkpoints form their own chain: hash = SHA-256(prev_hash, id, created_at, entries, entries_digest),
-- signed (ES256 JWS over the checkpoint as JSON) with the exchange's token key of the day, whose
-- public JWK is kept with it.
CREATE TABLE audit_checkpoints (
    id             bigint      PRIMARY KEY,
    created_at     timestamptz NOT NULL,
    entries        integer     NOT NULL,
    entries_digest text        NOT NULL,
    prev_hash      text        NOT NULL,
    hash           text        NOT NULL,
    kid            text        NOT NULL,
    public_jwk     text        NOT NULL,
    jws            text        NOT NULL
);

CREATE TABLE audit_checkpoint_entries (
    checkpoint_id bigint  NOT NULL REFERENCES audit_checkpoints (id),
    stream        text    NOT NULL,
    stream_seq    integer NOT NULL,
    hash          text    NOT NULL,
    PRIMARY KEY (checkpoint_id, stream)
);
CREATE INDEX audit_checkpoint_entries_stream_idx ON audit_checkpoint_entries (stream, checkpoint_id DESC);

CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
CREATE TRIGGER audit_checkpoint_entries_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint_entries
    FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
