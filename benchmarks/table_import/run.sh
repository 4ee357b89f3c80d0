#!/usr/bin/env bash
# The full real COW IGO v3 tables imported by regcoop and by the pandas pipeline (peer.py),
# in one run of bench_table_import (README.md here and benchmarks/README.md):
#   benchmarks/table_import/run.sh [IGOR_GIT_DIR [COMMIT]]
# The tables are not in this repository: benchmarks/cow_tables.sh writes them with R from the
# R package igoR's .rda files into $TMPDIR/regcoop-bench-cow. Builds the bench
# preset's bench_table_import first (in $REGCOOP_BENCH_BUILD, default build/bench). The raw
# Google Benchmark JSON goes to BUILD/results/table_import.json, the table to the console.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(benchmarks/cow_tables.sh "$@")
build=${REGCOOP_BENCH_BUILD:-build/bench}
cmake --preset bench -B "$build" >/dev/null
cmake --build "$build" --target bench_table_import >/dev/null
mkdir -p "$build/results"
"$build/benchmarks/bench_table_import" --dir="$out" --benchmark_out="$build/results/table_import.json" \
  --benchmark_out_format=json
