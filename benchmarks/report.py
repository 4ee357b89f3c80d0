#!/usr/bin/env python3
"""Turns the raw results of run.sh into benchmarks/results.md and benchmarks/img/*.svg.

    report.py RAW_DIR UMBRELLA_SECONDS JSON_HPP_SECONDS

RAW_DIR holds query.json, routing.json, json.json (Google Benchmark JSON), peers.json
(benchmarks/peers.py) and rss.json (bench_json --rss). Plots need gnuplot (gnuplot-nox);
without it the table is still written.
"""
import json
import os
import platform
import shutil
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))

SCALE = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def gbench(name):
    """{(benchmark, arg): seconds} from a Google Benchmark JSON file."""
    out = {}
    for b in json.load(open(os.path.join(raw, name + ".json")))["benchmarks"]:
        base, arg = b["name"].split("/")[:2]
        out[(base, int(arg))] = b["real_time"] * SCALE[b["time_unit"]]
    return out


def fmt(seconds):
    for unit, f in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= f:
            return f"{seconds / f:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"

def rewrites_section(raw):
    """Markdown lines: written-out replacements of library facilities against the facility,
    same binary, same data (bench_rewrites); a rewrite stays in the library only where it wins."""
    out = []
    rewrites_file = os.path.join(raw, "rewrites.json")
    if not os.path.exists(rewrites_file):
        return out
    rw = {}
    for b in json.load(open(rewrites_file))["benchmarks"]:
        if b.get("aggregate_name", "median") != "median":
            continue
        base, arg = b["run_name" if "run_name" in b else "name"].split("/")[:2]
        rw[(base, int(arg))] = b["real_time"] * SCALE[b["time_unit"]]
    out.append("")
    out.append("## Written-out replacements against the library facility (`bench_rewrites`, median of 3)")
    out.append("")
    out.append("ratio = written-out ÷ library facility; the written-out code stays only where it wins (< 1).")
    out.append("")
    out.append("| case | size | written out | library facility | its time | ratio | in the library now |")
    out.append("|---|---|---|---|---|---|---|")
    rows = [("betweenness (Brandes)", "betweenness_ours", "betweenness_bgl", "boost::brandes_betweenness_centrality", "nodes", lambda a: a * a, "written out"),
            ("shortest route search", "route_written_out", "route_bgl", "dijkstra_shortest_paths_no_color_map, early-exit visitor", "nodes", lambda a: a * a, "Boost.Graph"),
            ("id look-up (hits + misses)", "index_ours", "index_flat_set", "boost::unordered_flat_set, row-reading hash", "ids", lambda a: a, "boost::unordered_flat_set"),
            ("id index build", "index_build_ours", "index_build_flat_set", "boost::unordered_flat_set, row-reading hash", "ids", lambda a: a, "boost::unordered_flat_set")]
    for case, ours, theirs, peer, unit, size, now in rows:
        for (b, arg), t in sorted(rw.items()):
            if b != ours or (theirs, arg) not in rw:
                continue
            pt = rw[(theirs, arg)]
            out.append(f"| {case} | {size(arg):,} {unit} | {fmt(t)} | {peer} | {fmt(pt)} | {t / pt:.2f} | {now} |")
    return out


if len(sys.argv) == 3 and sys.argv[1] == "--rewrites":
    print("\n".join(rewrites_section(sys.argv[2])))
    sys.exit(0)

raw, umbrella, jsonh = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])



query, routing, ingest = gbench("query"), gbench("routing"), gbench("json")
peers = json.load(open(os.path.join(raw, "peers.json")))
peer_time = {(r["case"], r["peer"], r["size"]): r["seconds"] for r in peers["results"]}
rss = json.load(open(os.path.join(raw, "rss.json")))

rows = []  # (case, size label, size number, ours s, peer name, peer s, target)


def add_gbench(results, case, ours, peer, peer_name, target, size_of=lambda a: a, label=lambda a: str(a)):
    for (base, arg), t in sorted(results.items()):
        if base == ours and (peer, arg) in results:
            rows.append((case, label(arg), size_of(arg), t, peer_name, results[(peer, arg)], target))


nodes = lambda side: side * side
node_label = lambda side: f"{side * side:,} nodes"
rec_label = lambda n: f"{3 * n:,} records"
add_gbench(query, "filter", "filter_ours", "filter_sqlite", "SQLite (indexed)", 0.2, label=rec_label)
add_gbench(query, "dyad", "dyad_ours", "dyad_sqlite", "SQLite (indexed)", 0.1, label=rec_label)
add_gbench(query, "group-by sum", "groupsum_ours", "groupsum_sqlite", "SQLite (indexed)", 0.05, label=rec_label)
column_key = lambda k: "10^6 figures by " + ("sector", "country", "year")[k]
add_gbench(query, "group sum, columns (`figure_columns`)", "colsum_ours", "colsum_sqlite", "SQLite (covering index)", 0.05,
           label=column_key)
add_gbench(query, "group sum, row by row (`group_sum`)", "colsum_rows", "colsum_sqlite", "SQLite (covering index)", 1.0,
           label=column_key)
add_gbench(query, "build once: columns + 3 key columns / table + 3 indexes", "colbuild_ours", "colbuild_sqlite", "SQLite", 1.0,
           label=lambda k: "10^6 figures")
add_gbench(routing, "shortest route", "route_ours", "route_bgl", "raw Boost.Graph Dijkstra", 1.2, nodes, node_label)
for case, key, ours, peer, target in (("shortest route", "route", "route_ours", "networkx", 0.05),
                                      ("shortest route", "route", "route_ours", "igraph", 0.5),
                                      ("k = 5 routes", "kroutes", "kroutes_ours", "igraph", 0.5),
                                      ("betweenness", "betweenness", "betweenness_ours", "igraph", 0.5),
                                      ("betweenness", "betweenness", "betweenness_ours", "networkx", 0.03)):
    for (base, side), t in sorted(routing.items()):
        if base == ours and (key, peer, side) in peer_time:
            rows.append((case, node_label(side), nodes(side), t, peer, peer_time[(key, peer, side)], target))
add_gbench(ingest, "JSON ingest", "ingest_ours", "ingest_raw", "raw Boost.JSON parse + value_to", 1.2, label=rec_label)

out = ["# Benchmark results", "",
       f"Machine: {platform.machine()}, {os.cpu_count()} cores; produced by `benchmarks/run.sh`. "
       f"Peers: SQLite {subprocess.run(['sqlite3', '--version'], capture_output=True, text=True).stdout.split(' ')[0] if shutil.which('sqlite3') else '(libsqlite3)'}, "
       f"networkx {peers['versions']['networkx']}, igraph {peers['versions']['igraph']}.",
       "Times are per operation (Google Benchmark real time; Python peers: best of several runs);",
       "ratio = ours / peer, lower is better.", "",
       "| case | size | ours | peer | peer time | ratio | target | met? |", "|---|---|---|---|---|---|---|---|"]
for case, label, _, t, peer, pt, target in rows:
    ratio = t / pt
    out.append(f"| {case} | {label} | {fmt(t)} | {peer} | {fmt(pt)} | {ratio:.3g} | ≤ {target} | {'yes' if ratio <= target else 'no'} |")
kept = rss["kept_bytes"] / rss["json_bytes"]
out.append(f"| resident memory of the L dataset | {rss['records']:,} records | {rss['kept_bytes'] / 2**20:.0f} MiB | "
           f"its JSON text | {rss['json_bytes'] / 2**20:.0f} MiB | {kept:.2f} | ≤ 1.5 | {'yes' if kept <= 1.5 else 'no'} |")
out.append(f"| peak resident memory while loading it | {rss['records']:,} records | {rss['peak_bytes'] / 2**20:.0f} MiB | "
           f"its JSON text | {rss['json_bytes'] / 2**20:.0f} MiB | {rss['peak_bytes'] / rss['json_bytes']:.2f} | – | – |")
out.append(f"| compile `regcoop/regcoop.hpp` (g++ -O0 -fsyntax-only) | – | {umbrella:.2f} s | – | – | – | ≤ 1.0 s | {'yes' if umbrella <= 1.0 else 'no'} |")
out.append(f"| compile `regcoop/io/json.hpp` (g++ -O0 -fsyntax-only) | – | {jsonh:.2f} s | – | – | – | – | – |")
out.append("")
out.append("JSON ingest throughput (MB of JSON text per second): " + ", ".join(
    f"{label}: ours {b['bytes_per_second'] / 1e6:.0f}" for label, b in
    ((rec_label(int(b["name"].split("/")[1])), b) for b in json.load(open(os.path.join(raw, "json.json")))["benchmarks"]
     if b["name"].startswith("ingest_ours"))) + "; raw " + ", ".join(
    f"{b['bytes_per_second'] / 1e6:.0f}" for b in json.load(open(os.path.join(raw, "json.json")))["benchmarks"]
    if b["name"].startswith("ingest_raw")) + ".")
out.append("")
out.append("Time against size, ours and peer, per case: `benchmarks/img/*.svg`.")
out += rewrites_section(raw)
print("\n".join(out))

# Plots: one per (case, peer) with more than one size, log-log.
gnuplot = shutil.which("gnuplot")
if gnuplot:
    img = os.path.join(here, "img")
    os.makedirs(img, exist_ok=True)
    series = {}
    for case, label, size, t, peer, pt, _ in rows:
        series.setdefault((case, peer), []).append((size, t, pt))
    for (case, peer), pts in series.items():
        if len(pts) < 2:
            continue
        slug = (case + "-" + peer).lower()
        slug = "".join(c if c.isalnum() else "-" for c in slug).strip("-")
        while "--" in slug:
            slug = slug.replace("--", "-")
        dat = os.path.join(raw, slug + ".dat")
        with open(dat, "w") as f:
            for size, t, pt in sorted(pts):
                f.write(f"{size} {t} {pt}\n")
        xlabel = "nodes" if "route" in case or "betweenness" in case else "records per kind"
        script = f"""set terminal svg size 640,400 dynamic font 'sans,11'
set output '{os.path.join(img, slug + '.svg')}'
set title '{case}: regcoop vs {peer}'
set logscale xy
set xlabel '{xlabel}'
set ylabel 'seconds per operation'
set key left top
set grid
plot '{dat}' using 1:2 with linespoints title 'regcoop', '{dat}' using 1:3 with linespoints title '{peer}'
"""
        subprocess.run([gnuplot], input=script, text=True, check=True)
else:
    print("\n(gnuplot not found: no plots)", file=sys.stderr)
