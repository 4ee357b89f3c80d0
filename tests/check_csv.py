#!/usr/bin/env python3
"""Exports every record kind as CSV with the regcoop CLI and reads it back with Python's csv
module (the dialect pandas.read_csv and R's read.csv default to): same column count on every
row, the header as documented, at least one data row."""
import csv
import io
import subprocess
import sys

kinds = "sources parties mechanisms events agreements projects nodes segments corridors indicators".split()
for kind in kinds:
    out = subprocess.run([sys.argv[1], "export", "--format", "csv", "--kind", kind], check=True,
                         capture_output=True).stdout.decode("utf-8")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0][0] == "id", rows[0]
    assert len(rows) > 1, kind
    assert all(len(r) == len(rows[0]) for r in rows), kind
    print(f"{kind}: {len(rows) - 1} rows x {len(rows[0])} columns")
