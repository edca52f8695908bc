#!/usr/bin/env bash
# Prints comma-separated tokens of N clients of the demo buyer (creating N-1 more clients).
#   buyer-tokens.sh [N] [BASE_URL] [CREDENTIALS_JSON]
set -euo pipefail
N=${1:-4}; BASE=${2:-http://localhost:18080}; CREDS=${3:-data/demo-credentials.json}
tok() { curl -sf "$BASE/api/v1/auth/token" -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2" \
  | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])'; }
SECRET=$(python3 -c "import json;print(json.load(open('$CREDS'))['demo-buyer'])")
FIRST=$(tok demo-buyer "$SECRET")
ORG=$(python3 -c "import json,base64,sys;p='$FIRST'.split('.')[1];p+='='*(-len(p)%4);print(json.loads(base64.urlsafe_b64decode(p))['org'])")
TOKENS=$FIRST
for i in $(seq 2 "$N"); do
  NEW=$(curl -sf -X POST "$BASE/api/v1/orgs/$ORG/clients" -H "Authorization: Bearer $FIRST" -H 'Content-Type: application/json' \
    -d "{\"label\":\"catalog bench $i\"}")
  ID=$(echo "$NEW" | python3 -c 'import json,sys;print(json.load(sys.stdin)["clientId"])')
  SEC=$(echo "$NEW" | python3 -c 'import json,sys;print(json.load(sys.stdin)["clientSecret"])')
  TOKENS="$TOKENS,$(tok "$ID" "$SEC")"
done
echo "$TOKENS"
