#!/usr/bin/env bash
# Writes the real COW IGO v3 tables as CSV, with R (Debian's r-base-core), from the .rda files
# of the R package igoR (https://github.com/dieghernan/igoR, data/state_year_format3.rda and
# data/igo_year_format3.rda) with write.csv(row.names = FALSE, na = ""), once, into
# $TMPDIR/regcoop-bench-cow, and prints that folder. Used by table_import/run.sh and
# python/run.sh:
#   benchmarks/cow_tables.sh [IGOR_GIT_DIR [COMMIT]]   (default: $IGOR_GIT_DIR or
#   /work/.mirror/dieghernan+igoR/repo, commit HEAD)
set -euo pipefail
git_dir=${1:-${IGOR_GIT_DIR:-/work/.mirror/dieghernan+igoR/repo}}
commit=${2:-HEAD}
out=${TMPDIR:-/tmp}/regcoop-bench-cow
mkdir -p "$out"
if [ ! -s "$out/state_year_formatv3.csv" ] || [ ! -s "$out/igo_year_formatv3.csv" ]; then
  git -C "$git_dir" show "$commit:data/state_year_format3.rda" > "$out/sy.rda"
  git -C "$git_dir" show "$commit:data/igo_year_format3.rda" > "$out/iy.rda"
  (cd "$out" && Rscript -e 'load("sy.rda"); load("iy.rda");
    write.csv(state_year_format3, "state_year_formatv3.csv", row.names = FALSE, na = "");
    write.csv(igo_year_format3, "igo_year_formatv3.csv", row.names = FALSE, na = "")' >&2)
  rm -f "$out/sy.rda" "$out/iy.rda"
fi
echo "$out"
