#!/usr/bin/env bash
# Upload + validation benchmark in one command (section 1 of README.md beside this script):
# generates the 1.07 GB data set if missing, starts the exchange from its jar in demo mode with a
# fresh embedded PostgreSQL, runs the exchange once cold (with the consent import), then alternates
# the validator's CLI and the exchange three times on the same file.
#   run-upload-bench.sh [DATA_DIR=/tmp/listings-bench]
set -euo pipefail
cd "$(dirname "$0")/../../.."
D=${1:-/tmp/listings-bench}
PORT=${EXCHANGE_BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/upload-bench.XXXX)
[ -f exchange-api/target/exchange-api.jar ] && [ -f listing-validator/target/listing-validator.jar ] \
  || ./mvnw -q -o -pl exchange-api -am package -DskipTests
[ -f "$D/asset.csv" ] || python3 exchange-api/bench/listings/generate.py "$D" 1024 500000
EXCHANGE_DATA_DIR=$WORK/data EXCHANGE_PORT=$PORT java -Xmx2g -jar exchange-api/target/exchange-api.jar \
  --spring.profiles.active=demo > "$WORK/exchange.log" 2>&1 &
EXCHANGE=$!
trap 'kill $EXCHANGE 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "== exchange 1 (cold, with the consent import)"
exchange-api/bench/listings/upload-and-validate.sh "$D" "http://localhost:$PORT" "$WORK/data/demo-credentials.json"
for r in 2 3 4; do
  echo "== CLI $r"
  exchange-api/bench/listings/cli-validate.sh "$D" listing-validator/target/listing-validator.jar | tail -1
  echo "== exchange $r"
  SKIP_CONSENTS=1 exchange-api/bench/listings/upload-and-validate.sh "$D" "http://localhost:$PORT" \
    "$WORK/data/demo-credentials.json" | tail -1
done
