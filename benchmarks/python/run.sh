#!/usr/bin/env bash
# The Python module against the C++ call and against pandas, in one run (bench.py):
#   benchmarks/python/run.sh [IGOR_GIT_DIR [COMMIT]]
# Builds the python preset's module (Release), writes the real COW IGO v3 tables with R from
# igoR's .rda files as benchmarks/table_import/run.sh does (into $TMPDIR/regcoop-bench-cow),
# and prints the table for benchmarks/results.md.
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
cmake --preset python >/dev/null
cmake --build --preset python >/dev/null
PYTHONPATH=build/python/python REGCOOP_SOURCE_DIR=$PWD /usr/bin/python3 benchmarks/python/bench.py "$out" 3
