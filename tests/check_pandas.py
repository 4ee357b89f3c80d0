#!/usr/bin/python3
"""Reads the CSV folder `regcoop export --format csv --output DIR/` writes with pandas, the way
docs/guide.md documents: every cell as text (dates such as "2024" stay "2024", not 2024.0;
an absent value is an empty string, not NaN), numbers converted by column. Exit 77 (skipped)
when pandas is not installed."""
import json
import os
import subprocess
import sys
import tempfile

try:
    import pandas as pd
except ImportError:
    print("pandas is not installed; skipped")
    sys.exit(77)

regcoop = sys.argv[1]
with tempfile.TemporaryDirectory() as d:
    subprocess.run([regcoop, "export", "--format", "csv", "--output", d + "/"], check=True)
    files = sorted(os.listdir(d))
    assert "segments.csv" in files and "indicators.csv" in files, files
    # The documented call: text everywhere, then numbers where wanted.
    ind = pd.read_csv(os.path.join(d, "indicators.csv"), dtype=str, keep_default_na=False)
    years = [v for v in ind["value.period.from"] if len(v) == 4]
    assert years and all(v.isdigit() for v in years), years[:5]
    ind["value.value"] = pd.to_numeric(ind["value.value"].replace("", None))
    assert ind["value.value"].max() > 1e9
    seg = pd.read_csv(os.path.join(d, "segments.csv"), dtype=str, keep_default_na=False)
    seg["length_km"] = pd.to_numeric(seg["length_km"])
    assert (seg["length_km"] > 0).all()
    # No stand-in zeros: a road has no gauge (empty cell), a rail segment 1435 or 1520 or none.
    assert (seg.loc[seg["mode"] != "rail", "gauge_mm"] == "").all()
    assert set(seg.loc[seg["mode"] == "rail", "gauge_mm"]) <= {"", "1435", "1520", "1000", "1067"}, set(seg["gauge_mm"])
    assert "0" not in set(ind["value.price_year"])
    # Partial dates as pandas Periods with their precision (the recipe of docs/guide.md).
    def partial_dates(column):
        return column.map(lambda v: pd.Period(v) if v else pd.NaT)
    start = partial_dates(ind["value.period.from"])
    first = start.map(lambda p: p.start_time if p is not pd.NaT else pd.NaT)
    last = start.map(lambda p: p.end_time.normalize() if p is not pd.NaT else pd.NaT)
    year_rows = ind["value.period.from"].str.len() == 4
    assert year_rows.any()
    assert all(f.month == 1 and f.day == 1 and l.month == 12 and l.day == 31
               for f, l in zip(first[year_rows], last[year_rows])), (first[year_rows], last[year_rows])
    hist = seg.loc[seg["id"] == "kashgar-torugart", "history"].iloc[0]
    assert json.loads(hist)[0]["status"] == "under_construction", hist
    # Membership spells: a table of their own, one row a spell, counted as the library counts.
    assert "memberships.csv" in files, files
    par = pd.read_csv(os.path.join(d, "parties.csv"), dtype=str, keep_default_na=False)
    assert "members" not in par.columns, list(par.columns)
    mem = pd.read_csv(os.path.join(d, "memberships.csv"), dtype=str, keep_default_na=False)
    assert list(mem.columns) == ["organisation", "member", "role", "from", "to", "continues", "reported",
                                 "status_unknown", "citations"], list(mem.columns)
    mem["continues"] = mem["continues"] == "true"
    mem["status_unknown"] = mem["status_unknown"] == "true"
    lib = json.loads(subprocess.run([regcoop, "export", "--format", "json"], check=True,
                                    capture_output=True).stdout)
    want = {p["id"]: len(p.get("members", [])) for p in lib["parties"] if p.get("members")}
    got = mem.groupby("organisation", sort=False).size().to_dict()
    assert got == want, (got, want)
    assert list(mem["organisation"].drop_duplicates()) == list(want), "organisations not in dataset order"
    assert set(mem["organisation"]) <= set(par["id"]) and set(mem["member"]) <= set(par["id"])
    full = mem[mem["role"] == "full_member"]
    want_full = sum(1 for p in lib["parties"] for m in p.get("members", []) if m.get("role", "full_member") == "full_member")
    assert len(full) == want_full, (len(full), want_full)
    assert int(mem["continues"].sum()) == sum(1 for p in lib["parties"] for m in p.get("members", []) if m.get("continues"))
    # Open ends are empty strings: a spell still running has no 'to'; one whose start is
    # unknown has no 'from', and a 'reported' date by which it held.
    assert (mem["to"] == "").any()
    assert ((mem["from"] != "") | (mem["reported"] != "")).all()
    start = partial_dates(mem["from"])
    assert sum(p is not pd.NaT for p in start) == (mem["from"] != "").sum()
print("pandas reads the CSV folder as documented")
