#!/usr/bin/env bash
# Benchmark 1, the baseline: the validator's own command-line tool on the same file and consents.
#
#   cli-validate.sh DATA_DIR [VALIDATOR_JAR]
set -euo pipefail
DATA=${1:?data dir}
JAR=${2:-listing-validator/target/listing-validator.jar}
start=$(date +%s.%N)
java -jar "$JAR" validate --manifest "$DATA/manifest.json" --data "$DATA/asset.csv" \
  --consents "$DATA/consents-cli.jsonl" --now 2026-11-23T00:00:00Z --format json > "$DATA/cli-report.json" || true
end=$(date +%s.%N)
python3 - "$DATA" "$start" "$end" <<'PY'
import json, os, sys
data, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
r = json.load(open(data + "/cli-report.json"))
size = os.path.getsize(data + "/asset.csv") / 1e6
print(f"verdict {r['verdict']} rows {r['asset']['rows']}")
for f in r["findings"]:
    print(f"  {f['ruleId']} {f['severity']}: {f['message'][:110]}")
print(f"CLI end to end {end-start:.1f} s = {size/(end-start):.1f} MB/s")
PY
