#!/usr/bin/env bash
# The floor under the trading benchmark: how many state transitions per second an HTTP service on the
# exchange's own stack (Reactor Netty + r2dbc-postgresql, no authentication, no rules) reaches when each
# request runs pgbench's transaction, against pgbench itself, same embedded PostgreSQL, same run; then
# what the signatures of one trade cost on this JVM, and the bound both give a trade of nine requests.
# Usage: exchange-api/bench/trading/floor/run-floor.sh [CONNECTIONS=8] [SECONDS=30] [POOL=8]
set -euo pipefail
cd "$(dirname "$0")/../../../.."
CONNECTIONS=${1:-8}
SECONDS_RUN=${2:-30}
POOL=${3:-8}
WORK=$(mktemp -d /tmp/trading-floor.XXXX)
PORT=${EXCHANGE_BENCH_PORT:-18581}
FLOOR_PORT=18582
command -v pgbench >/dev/null || apt-get install -y postgresql-contrib
command -v wrk >/dev/null || apt-get install -y wrk
[ -f exchange-api/target/exchange-api.jar ] || ./mvnw -q -o -pl exchange-api -am package -DskipTests
mkdir -p "$WORK/lib" && (cd "$WORK/lib" && unzip -q -j "$OLDPWD/exchange-api/target/exchange-api.jar" 'BOOT-INF/lib/*')

# The exchange only provides the embedded PostgreSQL here (same server settings as in run-bench.sh).
EXCHANGE_DATA_DIR=$WORK/data EXCHANGE_BOOTSTRAP_ADMIN_SECRET=floor-admin-secret-that-is-long-enough \
  EXCHANGE_PORT=$PORT java -Xmx1g -jar exchange-api/target/exchange-api.jar > "$WORK/exchange.log" 2>&1 &
EXCHANGE=$!
trap 'kill $EXCHANGE ${FLOOR:-} 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done
PGPORT=$(grep -io 'embedded PostgreSQL on port [0-9]*' "$WORK/exchange.log" | grep -o '[0-9]*$' | head -1)
psql -q -h localhost -p "$PGPORT" -U postgres -d exchange -f exchange-api/bench/trading/pgbench-setup.sql

java -Xmx1g -cp "$WORK/lib/*" exchange-api/bench/trading/floor/TransitionFloor.java $FLOOR_PORT "$PGPORT" "$POOL" \
  > "$WORK/floor.log" 2>&1 &
FLOOR=$!
for i in $(seq 1 60); do grep -q listening "$WORK/floor.log" && break; sleep 1; done
wrk -t2 -c"$CONNECTIONS" -d10s -s exchange-api/bench/trading/floor/post.lua http://localhost:$FLOOR_PORT/transition >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s exchange-api/bench/trading/floor/post.lua \
  http://localhost:$FLOOR_PORT/transition | tee "$WORK/wrk.txt"
kill $FLOOR; wait $FLOOR 2>/dev/null || true
pgbench -n -h localhost -p "$PGPORT" -U postgres -c "$CONNECTIONS" -j 2 -T "$SECONDS_RUN" \
  -f exchange-api/bench/trading/pgbench-transition.sql exchange | tee "$WORK/pgbench.txt"
HTTP=$(grep -o 'Requests/sec: *[0-9.]*' "$WORK/wrk.txt" | grep -o '[0-9.]*$')
TPS=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.txt" | head -1 | grep -o '[0-9.]*')
echo "SUMMARY floor transitions/s=$HTTP pgbench tps=$TPS ratio=$(echo "scale=3; $HTTP / $TPS" | bc)"

java -cp "$WORK/lib/*" exchange-api/bench/trading/floor/SignatureFloor.java "$(nproc)" 8 | tee "$WORK/signatures.txt"
SIGN_MS=$(grep -o 'exchange_ms_per_trade=[0-9.]*' "$WORK/signatures.txt" | grep -o '[0-9.]*$')
PARTY_MS=$(grep -o 'parties_ms_per_trade=[0-9.]*' "$WORK/signatures.txt" | grep -o '[0-9.]*$')
# A trade is nine requests, each at least a floor request, plus its signatures spread over every core.
TRADE_MS=$(echo "scale=4; 9 * 1000 / $HTTP + ($SIGN_MS + $PARTY_MS) / $(nproc)" | bc)
BOUND=$(echo "scale=1; 8 * 1000 / $TRADE_MS" | bc)
echo "BOUND a trade needs >= $TRADE_MS ms of this machine: <= $BOUND transitions/s, ratio <= $(echo "scale=3; $BOUND / $TPS" | bc)"
