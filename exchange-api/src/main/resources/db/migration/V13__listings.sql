-- Listings and their versions (issue 4, ADR 0050). Status codes are owned by
-- cn.sz.dataexchange.api.listings.model.ListingStatus: 10 DRAFT, 20 VALIDATING, 30 REJECTED,
-- 40 PENDING_REVIEW, 50 CHANGES_REQUESTED, 60 LISTED, 70 SUSPENDED, 80 DELISTED, 90 SUPERSEDED.
-- listings.status is the listing's one-word status; revision is the optimistic lock of the
-- listing with all its versions.
CREATE TABLE listings (
    id             uuid PRIMARY KEY,
    seller_org_id  uuid        NOT NULL REFERENCES organisations (id),
    status         smallint    NOT NULL CHECK (status IN (10, 20, 30, 40, 50, 60, 70, 80, 90)),
    latest_version integer     NOT NULL,
    revision       bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX listings_seller_idx ON listings (seller_org_id, created_at DESC, id);
CREATE INDEX listings_created_idx ON listings (created_at DESC, id);

CREATE TABLE listing_versions (
    ref                       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    listing_id                uuid        NOT NULL REFERENCES listings (id),
    version                   integer     NOT NULL CHECK (version > 0),
    status                    smallint    NOT NULL CHECK (status IN (10, 20, 30, 40, 50, 60, 70, 80, 90)),
    title                     text        NOT NULL,
    description               text        NOT NULL,
    category                  text        NOT NULL,
    asset_id                  uuid        NOT NULL REFERENCES data_assets (id),
    manifest                  text        NOT NULL,
    price_fen                 bigint      NOT NULL CHECK (price_fen > 0),
    currency                  char(3)     NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
    permitted_purposes        text[]      NOT NULL,
    licence_days              integer     NOT NULL CHECK (licence_days > 0),
    territory                 text[]      NOT NULL,
    resale_allowed            boolean     NOT NULL,
    destroy_on_expiry         boolean     NOT NULL,
    cross_border_destinations text[]      NOT NULL DEFAULT '{}',
    personal_data             boolean     NOT NULL,
    sensitive                 boolean     NOT NULL,
    biometric                 boolean     NOT NULL,
    minors                    boolean     NOT NULL,
    cross_border              boolean     NOT NULL,
    public_sources            boolean     NOT NULL,
    review_round              integer     NOT NULL DEFAULT 0,
    awaiting_reinstatement    boolean     NOT NULL DEFAULT false,
    review_requested_at       timestamptz,
    created_at                timestamptz NOT NULL,
    status_changed_at         timestamptz NOT NULL,
    status_reason             text,
    PRIMARY KEY (listing_id, version)
);
-- At most one version of a product is on the shelf (LISTED or SUSPENDED).
CREATE UNIQUE INDEX listing_versions_one_on_shelf ON listing_versions (listing_id) WHERE status IN (60, 70);
CREATE INDEX listing_versions_review_idx ON listing_versions (review_requested_at)
    WHERE status = 40 OR awaiting_reinstatement;

CREATE TABLE listing_status_events (
    id          bigserial PRIMARY KEY,
    listing_id  uuid        NOT NULL REFERENCES listings (id),
    version     integer     NOT NULL,
    from_status smallint,
    to_status   smallint    NOT NULL,
    reason      text,
    actor       text        NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX listing_status_events_listing_idx ON listing_status_events (listing_id, id);
