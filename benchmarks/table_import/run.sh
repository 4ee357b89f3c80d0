#!/usr/bin/env bash
# The full real COW IGO v3 tables imported by regcoop and by the pandas pipeline (peer.py),
# in one run of bench_table_import (README.md here and benchmarks/README.md):
#   benchmarks/table_import/run.sh [IGOR_GIT_DIR [COMMIT]]
# The tables are not in this repository: they are written here, with R (Debian's
# r-base-core), from the .rda files of the R package igoR (https://github.com/dieghernan/igoR,
# data/state_year_format3.rda and data/igo_year_format3.rda; default: a clone at
# $IGOR_GIT_DIR or /work/.mirror/dieghernan+igoR/repo, commit HEAD) with
# write.csv(row.names = FALSE, na = ""), into $TMPDIR/regcoop-bench-cow. Builds the bench
# preset's bench_table_import first (in $REGCOOP_BENCH_BUILD, default build/bench). The raw
# Google Benchmark JSON goes to BUILD/results/table_import.json, the table to the console.
set -euo pipefail
cd "$(dirname "$0")/../.."
git_dir=${1:-${IGOR_GIT_DIR:-/work/.mirror/dieghernan+igoR/repo}}
commit=${2:-HEAD}
out=${TMPDIR:-/tmp}/regcoop-bench-cow
mkdir -p "$out"
if [ ! -s "$out/state_year_formatv3.csv" ] || [ ! -s "$out/igo_year_formatv3.csv" ]; then
  git -C "$git_dir" show "$commit:data/state_year_format3.rda" > "$out/sy.rda"
  git -C "$git_dir" show "$commit:data/igo_year_format3.rda" > "$out/iy.rda"
  (cd "$out" && Rscript -e 'load("sy.rda"); load("iy.rda");
    write.csv(state_year_format3, "state_year_formatv3.csv", row.names = FALSE, na = "");
    write.csv(igo_year_format3, "igo_year_formatv3.csv", row.names = FALSE, na = "")')
  rm -f "$out/sy.rda" "$out/iy.rda"
fi
build=${REGCOOP_BENCH_BUILD:-build/bench}
cmake --preset bench -B "$build" >/dev/null
cmake --build "$build" --target bench_table_import >/dev/null
mkdir -p "$build/results"
"$build/benchmarks/bench_table_import" --dir="$out" --benchmark_out="$build/results/table_import.json" \
  --benchmark_out_format=json
