#!/usr/bin/env bash
# The Python module against the C++ call and against pandas, in one run (bench.py):
#   benchmarks/python/run.sh [IGOR_GIT_DIR [COMMIT]]
# Builds the python preset's module (Release), has benchmarks/cow_tables.sh write the real COW
# IGO v3 tables, and prints the table for benchmarks/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(benchmarks/cow_tables.sh "$@")
cmake --preset python >/dev/null
cmake --build --preset python >/dev/null
PYTHONPATH=build/python/python REGCOOP_SOURCE_DIR=$PWD /usr/bin/python3 benchmarks/python/bench.py "$out" 3
