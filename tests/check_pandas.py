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
print("pandas reads the CSV folder as documented")
