#!/usr/bin/env bash
# Benchmark 1, the exchange's side: upload a data asset and validate it end to end.
#
#   upload-and-validate.sh DATA_DIR [BASE_URL] [CREDENTIALS_JSON]
#
# DATA_DIR comes from generate.py. The exchange runs with the demo profile (demo-seller,
# demo-admin). Imports the consents first (not timed: the exchange's ledger persists, the CLI
# loads its file on every run), then times upload (streamed with curl -T, hashed and encrypted
# while it arrives) + listing + submit + asynchronous validation until the report is stored.
set -euo pipefail
DATA=${1:?data dir}
BASE=${2:-http://localhost:18080}
CREDS=${3:-data/demo-credentials.json}

token() {
  local secret
  secret=$(python3 -c "import json;print(json.load(open('$CREDS'))['$1'])")
  curl -sf "$BASE/api/v1/auth/token" -d grant_type=client_credentials -d client_id="$1" -d client_secret="$secret" \
    | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])'
}
json() { python3 -c "import json,sys;d=json.load(sys.stdin);print(d$1)"; }
now() { date +%s.%N; }

SELLER=$(token demo-seller)
if [ "${SKIP_CONSENTS:-}" != "1" ]; then
  t0=$(now)
  curl -sf -X POST "$BASE/api/v1/consents" -H "Authorization: Bearer $SELLER" \
    -H 'Content-Type: application/x-ndjson' -T "$DATA/consents-api.jsonl" | json "['accepted']" | sed 's/^/consents imported: /'
  echo "consent import: $(python3 -c "print(round($(now)-$t0,1))") s"
fi

start=$(now)
ASSET=$(curl -sf -X POST "$BASE/api/v1/assets?name=asset.csv" -H "Authorization: Bearer $SELLER" \
  -H 'Content-Type: text/csv' -T "$DATA/asset.csv" | json "['id']")
uploaded=$(now)
BODY=$(python3 - "$DATA" "$ASSET" <<'PY'
import json, sys
m = json.load(open(sys.argv[1] + "/listing-manifest.json"))
print(json.dumps({"title": "Benchmark contacts", "description": "1 GB benchmark", "category": "marketing",
                  "assetId": sys.argv[2], "manifest": m, "priceFen": 100000,
                  "licence": {"permittedPurposes": m["purposes"], "durationDays": 365, "territory": ["CN"]}}))
PY
)
LISTING=$(curl -sf -X POST "$BASE/api/v1/listings" -H "Authorization: Bearer $SELLER" -H 'Content-Type: application/json' \
  -d "$BODY" | json "['id']")
curl -sf -X POST "$BASE/api/v1/listings/$LISTING/submit" -H "Authorization: Bearer $SELLER" > /dev/null
while true; do
  STATE=$(curl -sf "$BASE/api/v1/listings/$LISTING/validation" -H "Authorization: Bearer $SELLER" | json "['state']")
  [ "$STATE" = "SUCCEEDED" ] || [ "$STATE" = "FAILED" ] && break
  sleep 0.2
done
done_at=$(now)
curl -sf "$BASE/api/v1/listings/$LISTING/validation" -H "Authorization: Bearer $SELLER" > "$DATA/service-validation.json"
python3 - "$DATA" "$start" "$uploaded" "$done_at" <<'PY'
import json, os, sys
data, start, uploaded, done = sys.argv[1], *map(float, sys.argv[2:])
v = json.load(open(data + "/service-validation.json"))
size = os.path.getsize(data + "/asset.csv") / 1e6
print(f"state {v['state']} verdict {v['verdict']} rows {v['rowsRead']}")
for f in v["report"]["findings"]:
    print(f"  {f['ruleId']} {f['severity']}: {f['message'][:110]}")
print(f"upload {uploaded-start:.1f} s ({size/(uploaded-start):.0f} MB/s), listing + validation {done-uploaded:.1f} s, "
      f"end to end {done-start:.1f} s = {size/(done-start):.1f} MB/s")
PY
