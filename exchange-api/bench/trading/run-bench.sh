#!/usr/bin/env bash
# Trading benchmark: complete trades through the HTTP API with several concurrent buyers, then, in
# the same run and against the same PostgreSQL (the exchange's embedded server), pgbench with one
# UPDATE + one INSERT per transaction. Usage: exchange-api/bench/trading/run-bench.sh [BUYERS] [SECONDS] [PGCLIENTS] [WARMUP]
set -euo pipefail
cd "$(dirname "$0")/../../.."
BUYERS=${1:-8}
SECONDS_RUN=${2:-60}
PGCLIENTS=${3:-8}
WARMUP=${4:-180}
WORK=$(mktemp -d /tmp/trading-bench.XXXX)
ADMIN_SECRET=bench-admin-secret-that-is-long-enough
PORT=${EXCHANGE_BENCH_PORT:-18580}

command -v pgbench >/dev/null || apt-get install -y postgresql-contrib
[ -f exchange-api/target/exchange-api.jar ] && [ -f contracts/target/contracts.jar ] \
  || ./mvnw -q -o -pl exchange-api -am package -DskipTests

EXCHANGE_DATA_DIR=$WORK/data EXCHANGE_BOOTSTRAP_ADMIN_SECRET=$ADMIN_SECRET EXCHANGE_PORT=$PORT \
  EXCHANGE_PAYMENT_GATEWAY_MODE=embedded \
  java -Xmx1g ${EXCHANGE_BENCH_JAVA_OPTS:-} -jar exchange-api/target/exchange-api.jar \
  --exchange.security.rate-limit.requests-per-second=100000 \
  > "$WORK/exchange.log" 2>&1 &
EXCHANGE=$!
trap 'kill $EXCHANGE 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -sf localhost:$PORT/actuator/health >/dev/null && break
  sleep 1
done
PGPORT=$(grep -io 'embedded PostgreSQL on port [0-9]*' "$WORK/exchange.log" | grep -o '[0-9]*$' | head -1)
echo "exchange up; embedded PostgreSQL on port $PGPORT; logs in $WORK"

java -Dexchange.pid=$EXCHANGE -cp contracts/target/contracts.jar exchange-api/bench/trading/TradeLoad.java http://localhost:$PORT \
  platform-admin "$ADMIN_SECRET" "$BUYERS" "$SECONDS_RUN" "$WARMUP" | tee "$WORK/load.txt"

psql -q -h localhost -p "$PGPORT" -U postgres -d exchange -f exchange-api/bench/trading/pgbench-setup.sql
pgbench -n -h localhost -p "$PGPORT" -U postgres -c "$PGCLIENTS" -j 2 -T "$SECONDS_RUN" \
  -f exchange-api/bench/trading/pgbench-transition.sql exchange | tee "$WORK/pgbench.txt"

TPS=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.txt" | head -1 | grep -o '[0-9.]*')
TRANSITIONS=$(grep -o 'transitions_per_s=[0-9.]*' "$WORK/load.txt" | grep -o '[0-9.]*$')
echo "SUMMARY exchange transitions/s=$TRANSITIONS pgbench tps=$TPS ratio=$(echo "scale=3; $TRANSITIONS / $TPS" | bc)"
