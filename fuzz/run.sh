#!/usr/bin/env bash
# Runs one fuzz target, niced, with its dictionary and the limits this project uses.
#   fuzz/run.sh <target> [seconds=600] [extra libFuzzer flags…]
# Log: fuzz/target/logs/<target>.log. Seeds first: python3 fuzz/seed-corpus.py
set -euo pipefail
cd "$(dirname "$0")"
target=$1; seconds=${2:-600}; shift $(( $# >= 2 ? 2 : 1 ))
case $target in
  parse|series_dumps) dicts="dict/dumps.dict" ;;
  series_csv|series_grafana|series_msk) dicts="dict/csv.dict" ;;
  series_host_table) dicts="dict/host_table.dict" ;;
  series_prometheus) dicts="dict/json.dict dict/prometheus.dict" ;;
  sim_scenario) dicts="dict/json.dict dict/scenario.dict" ;;
  assign_json) dicts="dict/json.dict dict/assign.dict" ;;
  burrow_evaluate) dicts="dict/json.dict dict/burrow.dict" ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
mkdir -p target/dicts target/logs "corpus/$target"
cat $dicts > "target/dicts/$target.dict"
nice -n 19 cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
  -dict="target/dicts/$target.dict" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 "$@" 2>&1 | tee "target/logs/$target.log"
