#!/usr/bin/env bash
# Catalog search benchmark in one command (section 2 of README.md beside this script): starts the
# exchange from its jar in demo mode with a fresh embedded PostgreSQL, seeds N listed products,
# takes four buyer tokens, warms up for a minute, then runs wrk at offered rates of ~200 and ~220/s.
#   run-catalog-bench.sh [PRODUCTS=100000] [SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-100000}; SECS=${2:-60}
WORK=$(mktemp -d /tmp/catalog-bench.XXXX)
PORT=${EXCHANGE_BENCH_PORT:-18080}
[ -f exchange-api/target/exchange-api.jar ] || ./mvnw -q -o -pl exchange-api -am package -DskipTests
EXCHANGE_DATA_DIR=$WORK/data EXCHANGE_PORT=$PORT java -Xmx1g ${EXCHANGE_BENCH_JAVA_OPTS:-} \
  -jar exchange-api/target/exchange-api.jar --spring.profiles.active=demo > "$WORK/exchange.log" 2>&1 &
EXCHANGE=$!
trap 'kill $EXCHANGE 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
PGPORT=$(grep -io 'embedded PostgreSQL on port [0-9]*' "$WORK/exchange.log" | grep -o '[0-9]*$' | head -1)
ORG=$(psql -h localhost -p "$PGPORT" -U postgres -d exchange -tAc "select org_id from api_clients where client_id='demo-seller'")
python3 exchange-api/bench/listings/seed-catalog.py "$WORK/seed" "$ORG" "$N"
exchange-api/bench/listings/seed-catalog.sh "$WORK/seed" "$PGPORT"
export TOKENS=$(exchange-api/bench/listings/buyer-tokens.sh 4 "http://localhost:$PORT" "$WORK/data/demo-credentials.json")
LUA=exchange-api/bench/listings/catalog.lua
echo "== warm-up (the JIT needs a minute): 40 connections x 200 ms for 60 s, not reported"
DELAY_MS=200 wrk -t2 -c40 -d60s -s $LUA "http://localhost:$PORT" > /dev/null
for C in 40 44; do
  echo "== $C connections x 200 ms (offered ~$((C * 5))/s)"
  DELAY_MS=200 wrk -t2 -c$C -d${SECS}s --latency -s $LUA "http://localhost:$PORT"
done
