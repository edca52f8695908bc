-- The buyers' catalog (ADR 0056): one row per listing whose version is LISTED, written in the same
-- transaction as the listing's change. search_terms holds lower-cased words and, for Chinese text,
-- single characters and character pairs; a query matches when the row holds all its terms.
CREATE TABLE catalog_entries (
    listing_id          uuid PRIMARY KEY REFERENCES listings (id),
    version             integer     NOT NULL,
    seller_org_id       uuid        NOT NULL,
    seller_name         text        NOT NULL,
    title               text        NOT NULL,
    description         text        NOT NULL,
    category            text        NOT NULL,
    price_fen           bigint      NOT NULL,
    currency            char(3)     NOT NULL,
    personal_data       boolean     NOT NULL,
    sensitive           boolean     NOT NULL,
    purposes            text[]      NOT NULL,
    licence_days        integer     NOT NULL,
    territory           text[]      NOT NULL,
    resale_allowed      boolean     NOT NULL,
    destroy_on_expiry   boolean     NOT NULL,
    cross_border        boolean     NOT NULL,
    asset_format        smallint    NOT NULL,
    asset_bytes         bigint      NOT NULL,
    asset_sha256        char(64)    NOT NULL,
    listed_at           timestamptz NOT NULL,
    search_terms        text[]      NOT NULL
);
CREATE INDEX catalog_entries_listed_idx ON catalog_entries (listed_at DESC, listing_id);
CREATE INDEX catalog_entries_category_idx ON catalog_entries (category, listed_at DESC, listing_id);
CREATE INDEX catalog_entries_price_idx ON catalog_entries (price_fen);
CREATE INDEX catalog_entries_terms_idx ON catalog_entries USING gin (search_terms);
