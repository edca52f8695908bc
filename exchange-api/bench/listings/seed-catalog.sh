#!/usr/bin/env bash
# Loads seed-catalog.py's output into the exchange's database.
#   seed-catalog.sh OUT_DIR PG_PORT   (the embedded server listens on localhost; user postgres, database exchange)
set -euo pipefail
OUT=${1:?out dir}; PORT=${2:?port}
PSQL="psql -h localhost -p $PORT -U postgres -d exchange -v ON_ERROR_STOP=1"
$PSQL -c "\copy listings (id, seller_org_id, status, latest_version, revision, created_at, updated_at) FROM '$OUT/listings.csv' CSV"
$PSQL -c "\copy catalog_entries (listing_id, version, seller_org_id, seller_name, title, description, category, price_fen, currency, personal_data, sensitive, purposes, licence_days, territory, resale_allowed, destroy_on_expiry, cross_border, asset_format, asset_bytes, asset_sha256, listed_at, search_terms) FROM '$OUT/catalog.csv' CSV"
$PSQL -c "ANALYZE catalog_entries" -c "SELECT count(*) AS listed_products FROM catalog_entries"
