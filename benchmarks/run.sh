#!/usr/bin/env bash
# Runs every benchmark (each against its peer in the same binary) and the compile-time
# measurement, and writes benchmarks/results.md (case, size, ours, peer, ratio, target, met?).
#   benchmarks/run.sh            (builds the bench preset first)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --workflow --preset bench >/dev/null
out=benchmarks/results.md
raw=build/bench/results
mkdir -p "$raw"
for b in query routing json; do
  build/bench/benchmarks/bench_$b --benchmark_format=json --benchmark_min_time=0.2 > "$raw/$b.json"
done
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
json=$(ctime regcoop/json.hpp)
python3 benchmarks/report.py "$raw" "$umbrella" "$json" > "$out"
cat "$out"
