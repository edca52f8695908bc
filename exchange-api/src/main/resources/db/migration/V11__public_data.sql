-- The public data catalog (Art. 48, 49) and keyed fingerprints of non-open datasets, imported by
-- platform administrators on behalf of the public-data authority (issue 4).
-- Open category codes: 10 unconditionally open, 20 conditionally open, 30 non-open.
CREATE TABLE public_data_catalog (
    id               text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
    title            text        NOT NULL,
    providing_agency text        NOT NULL,
    open_category    smallint    NOT NULL CHECK (open_category IN (10, 20, 30)),
    conditions       text,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX public_data_catalog_category_idx ON public_data_catalog (open_category, id);

-- How the authority fingerprinted a dataset: HMAC-SHA256 over the named fields; the key is sealed
-- with the master key.
CREATE TABLE fingerprint_datasets (
    dataset_id  text PRIMARY KEY CHECK (length(dataset_id) BETWEEN 1 AND 200),
    fields      text[]      NOT NULL CHECK (cardinality(fields) > 0),
    key_sealed  bytea       NOT NULL,
    uploaded_at timestamptz NOT NULL,
    uploaded_by text        NOT NULL
);

CREATE TABLE restricted_fingerprints (
    dataset_id  text  NOT NULL REFERENCES fingerprint_datasets (dataset_id) ON DELETE CASCADE,
    fingerprint bytea NOT NULL CHECK (length(fingerprint) = 32),
    PRIMARY KEY (dataset_id, fingerprint)
);
