#!/usr/bin/env python3
"""Turns the Google Benchmark JSON of run.sh into benchmarks/results.md."""
import json
import os
import platform
import sys

raw, umbrella, jsonh = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
pairs = [  # (file, ours, peer, peer name, target ratio)
    ("query", "filter_ours", "filter_sqlite", "SQLite (indexed)", 0.2),
    ("query", "dyad_ours", "dyad_sqlite", "SQLite (indexed)", 0.1),
    ("query", "groupsum_ours", "groupsum_sqlite", "SQLite (indexed)", 0.05),
    ("routing", "route_ours", "route_bgl", "raw Boost.Graph Dijkstra", 1.2),
    ("json", "ingest_ours", "ingest_raw", "raw Boost.JSON parse + value_to", 1.2),
]
print("# Benchmark results\n")
print(f"Machine: {platform.machine()}, {os.cpu_count()} cores; produced by `benchmarks/run.sh`.")
print("Times are per iteration (Google Benchmark real time); ratio = ours / peer, lower is better.\n")
print("| case | size | ours | peer | peer time | ratio | target | met? |")
print("|---|---|---|---|---|---|---|---|")
for f, ours, peer, peer_name, target in pairs:
    data = json.load(open(os.path.join(raw, f + ".json")))["benchmarks"]
    times = {b["name"]: (b["real_time"], b["time_unit"]) for b in data}
    for name, (t, unit) in sorted(times.items(), key=lambda kv: (kv[0].split("/")[0], int(kv[0].split("/")[1]))):
        base, size = name.split("/")
        if base != ours:
            continue
        pt, _ = times[f"{peer}/{size}"]
        ratio = t / pt
        print(f"| {ours.replace('_ours', '')} | {size} | {t:.3g} {unit} | {peer_name} | {pt:.3g} {unit} | {ratio:.2f} | ≤ {target} | {'yes' if ratio <= target else 'no'} |")
print(f"| compile `regcoop/regcoop.hpp` (g++ -O0 -fsyntax-only) | – | {umbrella:.2f} s | – | – | – | ≤ 1.0 s | {'yes' if umbrella <= 1.0 else 'no'} |")
print(f"| compile `regcoop/json.hpp` (g++ -O0 -fsyntax-only) | – | {jsonh:.2f} s | – | – | – | – | – |")
