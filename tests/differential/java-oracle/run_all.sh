#!/bin/sh
# The full differential run recorded in README.md: every profile, each request plus its follow-up
# rebalance (--chain). Needs the oracle built (build.sh) and a lagscope binary.
#   LAGSCOPE_BIN=/tmp/lagscope-bin ORACLE_CLASSES=/tmp/java-oracle/classes OUT=/tmp/java-oracle sh run_all.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/java-oracle}
SEED=${SEED:-20241025}
T0=$(date +%s)
for spec in "base 30000 1000" "collide 6000 1000" "large 6000 1000" "racks 6000 1000" "huge 1200 200" "edge 6000 1000"; do
  set -- $spec
  python3 "$HERE/run.py" --seed "$SEED" --profile "$1" --chain --count "$2" --batch "$3" --out "$OUT/run-$1" \
    > "$OUT/run-$1.log" 2>&1
  echo "$1: done at $(( $(date +%s) - T0 ))s"
done
python3 "$HERE/summarize.py" "$OUT"
