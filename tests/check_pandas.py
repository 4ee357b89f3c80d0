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
    hist = seg.loc[seg["id"] == "kashgar-torugart", "history"].iloc[0]
    assert json.loads(hist)[0]["status"] == "under_construction", hist
print("pandas reads the CSV folder as documented")
