#!/usr/bin/env python3
"""The Python module against the C++ call and against pandas, in one run (benchmarks/python/run.sh):

  1. members(): `Dataset.members("SCO", on=...)` from Python (a DataFrame; also the raw rows
     without pandas) against the same `regcoop::members_of` call timed in C++ by the module's
     `_time_members` (party look-up included in both). Target: Python ≤ 3× C++ plus the
     DataFrame's construction.
  2. The dyad-year panel of the full real COW IGO v3 state-year file: regcoop (import through
     the shipped mapping once, untimed; then `Dataset.dyads(first, last, organisations=False)`,
     a DataFrame of counts as the peer's) against the pandas
     self-merge that computes the same panel from the same CSV already read (melt to (state,
     year, IGO) full-member rows, merge on (IGO, year), count per pair and year). Answers
     compared first: per year, the number of (pair, IGO) joint full memberships, regcoop read
     on the dataset without its status_unknown spells under certainty "possible" (COW's rule;
     tests/check_cow.py checks the same rule cell by cell on the committed excerpt). Target:
     regcoop ≤ 0.1× pandas.

  bench.py COW_DIR [REPEATS]     (COW_DIR holds state_year_formatv3.csv, igo_year_formatv3.csv)
Prints a Markdown table. Times are the best of REPEATS (default 3), time.perf_counter.
"""
import json
import os
import sys
import time

import pandas as pd

import regcoop
from regcoop import _regcoop as native


def best(f, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t0)
    return min(times), out


def members_rows(repeats):
    ds = regcoop.load("eurasian-organisations")
    n = 2000
    cpp, rows = native._time_members(ds._ds, "SCO", "2017-07-01", n)
    assert rows == 8 * n, rows
    raw, _ = best(lambda: [ds._ds.members(["SCO"], False, "2017-07-01", "full_member", "certain", "some") for _ in range(n)], repeats)
    frame, df = best(lambda: [ds.members("SCO", on="2017-07-01") for _ in range(n // 10)], repeats)
    assert len(df[-1]) == 8
    raw /= n
    frame /= n // 10
    empty, _ = best(lambda: [pd.DataFrame.from_records([("CN", "China", "full_member", "certainly")] * 8,
                                                        columns=["member", "name", "role", "sure"]) for _ in range(n // 10)], repeats)
    empty /= n // 10
    return [
        ("members(\"SCO\"), C++ `members_of` (in the module)", f"{cpp * 1e6:.2f} µs", "–", "–", ""),
        ("members(\"SCO\"), Python, rows (no DataFrame)", f"{raw * 1e6:.2f} µs", f"{cpp * 1e6:.2f} µs", f"{raw / cpp:.2f}", "≤ 3"),
        ("members(\"SCO\"), Python, DataFrame", f"{frame * 1e6:.0f} µs",
         f"{(cpp * 3 + empty) * 1e6:.0f} µs (3× C++ + a plain 8-row DataFrame, {empty * 1e6:.0f} µs)",
         f"{frame / (cpp * 3 + empty):.2f}", "≤ 1"),
    ]


def cow_rows(cow_dir, repeats):
    sy_path = os.path.join(cow_dir, "state_year_formatv3.csv")
    iy_path = os.path.join(cow_dir, "igo_year_formatv3.csv")
    source = os.environ.get("REGCOOP_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
    mapping = os.path.join(source, "data", "mappings", "cow-igo-3.json")
    t0 = time.perf_counter()
    ds = regcoop.import_table(mapping, sy_path, iy_path)
    import_s = time.perf_counter() - t0
    # COW's rule is "both full members in the year": the dataset without the unknown (-9) spells.
    doc = json.loads(ds.to_json())
    for p in doc["parties"]:
        if "members" in p:
            p["members"] = [m for m in p["members"] if not m.get("status_unknown")]
    known = regcoop.from_json(json.dumps(doc))
    sy = pd.read_csv(sy_path)
    first, last = int(sy.year.min()), int(sy.year.max())

    ours_s, panel = best(lambda: known.dyads(first, last, certainty="possible", organisations=False), repeats)

    def pandas_panel():
        igos = [c for c in sy.columns if c not in ("ccode", "year", "state")]
        cells = sy.melt(id_vars=["ccode", "year"], value_vars=igos, var_name="igo", value_name="status")
        full = cells[cells.status == 1][["igo", "year", "ccode"]]
        pairs = full.merge(full, on=["igo", "year"])
        pairs = pairs[pairs.ccode_x < pairs.ccode_y]
        return pairs.groupby(["ccode_x", "ccode_y", "year"]).size()

    peer_s, peer = best(pandas_panel, repeats)
    ours_by_year = panel.groupby("year")["count"].sum()
    peer_by_year = peer.groupby(level="year").sum()
    ours_by_year = ours_by_year[ours_by_year > 0]
    if not ours_by_year.sort_index().equals(peer_by_year.sort_index().astype("int64")):
        diff = (ours_by_year - peer_by_year).dropna()
        sys.exit(f"the panels differ: per-year joint memberships, regcoop - pandas (nonzero): {diff[diff != 0].head(10).to_dict()}")
    dyad_years_ours = int((panel["count"] > 0).sum())
    if dyad_years_ours != len(peer):
        sys.exit(f"the panels differ: {dyad_years_ours} dyad-years in regcoop's, {len(peer)} in pandas'")
    note = (f"{len(sy):,} state-years {first}–{last}; {len(peer):,} dyad-years, "
            f"{int(peer.sum()):,} joint memberships on both sides")
    return [
        (f"COW dyad-year panel ({note})", f"{ours_s * 1e3:,.0f} ms", f"{peer_s * 1e3:,.0f} ms (pandas self-merge)",
         f"{ours_s / peer_s:.3f}", "≤ 0.1"),
        ("the import that regcoop's panel needs first (not in the ratio)", f"{import_s * 1e3:,.0f} ms", "–", "–", ""),
    ]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rows = members_rows(repeats) + cow_rows(sys.argv[1], repeats)
    print(f"regcoop {regcoop.__version__}, pandas {pd.__version__}, Python {sys.version.split()[0]}; best of {repeats}")
    print()
    print("| case | ours | peer | ratio | target |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
