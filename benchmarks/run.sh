#!/usr/bin/env bash
# Runs every benchmark against its peer and writes benchmarks/results.md (case, size, ours,
# peer, ratio, target, met?) and benchmarks/img/*.svg (time against size).
#   benchmarks/run.sh            (builds the bench preset first)
# Peers: SQLite and raw Boost.Graph / Boost.JSON in the same binaries; networkx and igraph
# (python3-networkx, python3-igraph) on the same exported graphs, via benchmarks/peers.py.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --workflow --preset bench >/dev/null
out=benchmarks/results.md
raw=build/bench/results
bin=build/bench/benchmarks
mkdir -p "$raw"
"$bin/bench_query" --benchmark_format=json --benchmark_min_time=0.5 > "$raw/query.json"
"$bin/bench_routing" --benchmark_format=json --benchmark_min_time=1 > "$raw/routing.json"
"$bin/bench_json" --benchmark_format=json --benchmark_min_time=0.5 > "$raw/json.json"
"$bin/bench_rewrites" --benchmark_format=json --benchmark_min_time=0.5 --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true > "$raw/rewrites.json"
# Peak and kept resident memory of the L dataset (10^6 records) against its JSON bytes.
"$bin/bench_json" --rss=333334 > "$raw/rss.json"
# networkx and igraph on the same grids.
specs=()
for side in 30 100 316 1000; do
  "$bin/bench_routing" --export="$side,$raw/grid-$side.txt"
  specs+=("$side:$raw/grid-$side.txt")
done
/usr/bin/python3 benchmarks/peers.py "$raw/peers.json" "${specs[@]}"
# The real COW IGO v3 tables against pandas, when a clone of igoR names them (its figures go
# to results.md by hand, in a kept section): benchmarks/table_import/run.sh.
if [ -n "${IGOR_GIT_DIR:-}" ] && command -v Rscript >/dev/null; then
  benchmarks/table_import/run.sh "$IGOR_GIT_DIR"
fi
# Compile time of the umbrella header and of json.hpp (g++ -O0 -fsyntax-only, best of 3).
ctime() {
  local best=999
  for _ in 1 2 3; do
    local t
    t=$( { /usr/bin/time -f %e g++ -std=c++20 -O0 -fsyntax-only -Iinclude -x c++ - <<<"#include <$1>" ; } 2>&1 | tail -1)
    best=$(python3 -c "print(min($best, $t))")
  done
  echo "$best"
}
umbrella=$(ctime regcoop/regcoop.hpp)
json=$(ctime regcoop/io/json.hpp)
# The generated tables replace the top of results.md; the sections after the marker line
# (memberships, politics-aware routes, CSV import: each from its own run) are kept.
marker='<!-- kept by benchmarks/run.sh'
kept=$(awk -v m="$marker" 'index($0, m) == 1 { on = 1 } on' "$out" 2>/dev/null || true)
python3 benchmarks/report.py "$raw" "$umbrella" "$json" > "$out.new"
if [ -n "$kept" ]; then printf '\n%s\n' "$kept" >> "$out.new"; fi
mv "$out.new" "$out"
cat "$out"
