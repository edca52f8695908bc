#!/usr/bin/env bash
# The identifier scan against ripgrep's all-matches search on the same file, alternating, in one run.
# Usage (from listing-validator, after `./mvnw -q -pl listing-validator -Pbench package -DskipTests`):
#   src/jmh/scan-vs-ripgrep.sh [FILE] [ROUNDS]
# FILE defaults to target/bench-data/scan-written.csv (BenchDataGenerator DIR written 7200000: ~1 GB).
# The PCRE2 pattern (src/jmh/ripgrep-pattern-written.txt) accepts what the scan accepts in form:
# digit groups with spaces, hyphens or dots, +86 / 0086 / (+86) prefixes, full-width digits and X.
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-target/bench-data/scan-written.csv}
ROUNDS=${2:-3}
PATTERN="$(cat src/jmh/ripgrep-pattern-written.txt)"
CP=target/classes:target/test-classes
echo "file: $FILE ($(stat -c %s "$FILE") bytes); $(rg --version | head -1); $(java -version 2>&1 | head -1)"
cat "$FILE" > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m -cp "$CP" cn.sz.dataexchange.validator.bench.WallClock scan "$FILE" 3
  /usr/bin/time -f "rg -P --count-matches: %e s (CPU %U s user + %S s sys), max RSS %M KB" \
      rg -P --count-matches "$PATTERN" "$FILE"
done
