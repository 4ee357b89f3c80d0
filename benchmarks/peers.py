#!/usr/bin/python3
"""Times networkx and igraph on the grids bench_routing exports, for the same queries as
benchmarks/routing/main.cpp: shortest route corner to corner, k = 5 shortest routes, and
betweenness centrality (weighted by km, undirected).

    peers.py OUT.json SIDE:FILE [SIDE:FILE ...]

Writes {"results": [{"case", "size", "peer", "seconds"}]}: the best of several repetitions
(each case repeats until about a second has passed, at least once). Graph construction is
not timed. Uses Debian's python3-networkx and python3-igraph (hence /usr/bin/python3).
"""
import json
import sys
import time

import igraph
import networkx as nx


def best_time(fn, budget=1.0, max_reps=20):
    best, spent, reps = float("inf"), 0.0, 0
    while reps < 1 or (spent < budget and reps < max_reps):
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        best, spent, reps = min(best, dt), spent + dt, reps + 1
    return best


def load(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges, weights = [], []
        for _ in range(m):
            u, v, w = f.readline().split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    return n, edges, weights


def main(argv):
    out, specs = argv[1], argv[2:]
    results = []
    for spec in specs:
        side, path = spec.split(":", 1)
        side = int(side)
        n, edges, weights = load(path)
        s, t = 0, n - 1
        ig = igraph.Graph(n=n, edges=edges, directed=False)
        ig.es["w"] = weights
        results.append({"case": "route", "size": side, "peer": "igraph",
                        "seconds": best_time(lambda: ig.get_shortest_paths(s, to=t, weights="w", output="epath"))})
        nxg = nx.Graph()
        nxg.add_nodes_from(range(n))
        nxg.add_weighted_edges_from(((u, v, w) for (u, v), w in zip(edges, weights)), weight="w")
        results.append({"case": "route", "size": side, "peer": "networkx",
                        "seconds": best_time(lambda: nx.dijkstra_path(nxg, s, t, weight="w"), max_reps=5)})
        if side == 100:  # M: 10^4 nodes
            results.append({"case": "kroutes", "size": side, "peer": "igraph",
                            "seconds": best_time(lambda: ig.get_k_shortest_paths(s, to=t, k=5, weights="w", output="epath"))})
            results.append({"case": "betweenness", "size": side, "peer": "igraph",
                            "seconds": best_time(lambda: ig.betweenness(directed=False, weights="w"), max_reps=1)})
        if side == 30:  # networkx betweenness is pure Python: 900 nodes keep it to seconds
            results.append({"case": "betweenness", "size": side, "peer": "networkx",
                            "seconds": best_time(lambda: nx.betweenness_centrality(nxg, weight="w", normalized=False), max_reps=1)})
            results.append({"case": "betweenness", "size": side, "peer": "igraph",
                            "seconds": best_time(lambda: ig.betweenness(directed=False, weights="w"), max_reps=3)})
        print(f"peers: side {side} done", file=sys.stderr)
    versions = {"networkx": nx.__version__, "igraph": igraph.__version__}
    with open(out, "w") as f:
        json.dump({"versions": versions, "results": results}, f, indent=1)


if __name__ == "__main__":
    main(sys.argv)
