#!/usr/bin/env python3
"""Compile-time benchmark: what a translation unit that uses regcoop costs, in both modes,
against the standard and Boost headers it needs compiled alone (the peer: what any program
using those facilities pays anyway).

For each program (the small programs of this folder: membership, the same through the
umbrella header, route, research; and a file that includes one public
header, for every public header) it compiles, with the same flags:
  * baseline: a file that includes only the standard and Boost headers the program reaches
    (every `#include <...>` of the regcoop headers it includes, transitively, and its own),
    once for each mode: separately compiled, the headers include less, and so does its baseline;
  * header-only: the program as it is;
  * compiled: the program with -DREGCOOP_SEPARATE_COMPILATION (it links regcoop::compiled,
    whose one translation unit, src/regcoop.cpp, is measured once on its own row);
and reports wall time and peak memory (GNU time) as ratios to the baseline: the median of
--runs runs (--header-runs for the header rows), the baseline and the program compiled in
turns so that the machine's drift reaches both alike. Usage:
    benchmarks/compile_time/run.py [--compiler g++] [--flags "-std=c++20 -O0"] [--runs 5]
                                   [--headers | --only-headers] [--header-runs 3]
                                   [--mode both|header-only|compiled]
"""
import argparse, os, re, statistics, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INCLUDE = ROOT / "include"
HERE = Path(__file__).resolve().parent
PROGRAMS = ["membership.cpp", "membership_umbrella.cpp", "route.cpp", "research.cpp"]


def compile_once(cxx, flags, src, out, extra=()):
    """Wall time (s) and peak memory (MB) of one compilation of `src`."""
    cmd = ["/usr/bin/time", "-f", "%e %M", cxx, *flags, *extra, f"-I{INCLUDE}", "-c", str(src), "-o", out]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"compile failed: {' '.join(cmd)}\n{r.stderr[-3000:]}")
    t, m = r.stderr.strip().splitlines()[-1].split()
    return float(t), int(m) / 1024


def measure(cxx, flags, src, runs, extra=()):
    """The median wall time and peak memory of `runs` compilations of `src`."""
    with tempfile.TemporaryDirectory() as tmp:
        runs_ = [compile_once(cxx, flags, src, f"{tmp}/o.o", extra) for _ in range(runs)]
    return statistics.median(r[0] for r in runs_), statistics.median(r[1] for r in runs_)


def measure_pair(cxx, flags, base, src, runs, extra=()):
    """The baseline and the program compiled in turns (baseline, program, baseline, ...), so
    that the machine's drift during the runs reaches both alike; medians of `runs` each."""
    b, p = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            b.append(compile_once(cxx, flags, base, f"{tmp}/b.o"))
            p.append(compile_once(cxx, flags, src, f"{tmp}/p.o", extra))
    med = lambda xs: (statistics.median(x[0] for x in xs), statistics.median(x[1] for x in xs))
    return med(b), med(p)


def baseline_source(cxx, flags, src, out, extra=()):
    """The standard and Boost headers `src` reaches through regcoop (compiled with `extra`), in one file."""
    deps = subprocess.run([cxx, *flags, *extra, f"-I{INCLUDE}", "-M", str(src)], capture_output=True, text=True, check=True).stdout
    files = [f for f in deps.replace("\\\n", " ").split()[1:]
             if f.startswith(str(INCLUDE)) or f.startswith(str(HERE)) or f == str(src)]
    includes = set()
    for f in files:
        for line in Path(f).read_text().splitlines():
            m = re.match(r"\s*#\s*include\s*<([^>]+)>", line)
            if m and not m.group(1).startswith("regcoop/"):
                includes.add(m.group(1))
    out.write_text("".join(f"#include <{h}>\n" for h in sorted(includes)) + "int main() {}\n")


def cell(m):
    return f"{m[0]:.2f} s / {m[1]:.0f} MB"


def ratio(m, base):
    return f"{m[0] / base[0]:.1f}× / {m[1] / base[1]:.1f}×"


def row(name, ho_base, ho, comp_base, comp):
    """One table row; a mode not measured (None) is "–"."""
    both = lambda m, b: [cell(b), cell(m), ratio(m, b)] if m else ["–", "–", "–"]
    cells = [name, *both(ho, ho_base), *both(comp, comp_base)]
    print("| " + " | ".join(cells) + " |", flush=True)


def measure_both(cxx, flags, src, base, runs, sep, modes=("header-only", "compiled")):
    """Each mode against the standard and Boost headers the program reaches in that mode."""
    ho_base = ho = comp_base = comp = None
    if "header-only" in modes:
        baseline_source(cxx, flags, src, base)
        ho_base, ho = measure_pair(cxx, flags, base, src, runs)
    if "compiled" in modes:
        baseline_source(cxx, flags, src, base, sep)
        comp_base, comp = measure_pair(cxx, flags, base, src, runs, sep)
    return ho_base, ho, comp_base, comp


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compiler", default="g++")
    ap.add_argument("--flags", default="-std=c++20 -O0")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--headers", action="store_true", help="also one row per public header")
    ap.add_argument("--header-runs", type=int, default=3, help="runs for each header row")
    ap.add_argument("--mode", choices=["both", "header-only", "compiled"], default="both",
                    help="the modes to measure (default both)")
    ap.add_argument("--only-headers", action="store_true", help="the header rows only, not the programs")
    a = ap.parse_args()
    flags = a.flags.split()
    sep = ["-DREGCOOP_SEPARATE_COMPILATION"]
    modes = ("header-only", "compiled") if a.mode == "both" else (a.mode,)
    print(f"{a.compiler} {a.flags}, median of {a.runs} runs; ratios to the baseline (the standard and Boost headers alone)\n")
    print("| program | header-only: its std + Boost headers | header-only | ratio (time / memory) "
          "| compiled: its std + Boost headers | compiled | ratio (time / memory) |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.cpp"
        for p in [] if a.only_headers else PROGRAMS:
            src = HERE / p
            row(p, *measure_both(a.compiler, flags, src, base, a.runs, sep, modes))
        if not a.only_headers and "compiled" in modes:
            src_cpp = ROOT / "src" / "regcoop.cpp"
            t, m = measure(a.compiler, flags, src_cpp, 1, sep)
            print(f"| src/regcoop.cpp (regcoop::compiled, once per build) | – | – | – | – | {t:.2f} s / {m:.0f} MB | – |")
        if a.headers or a.only_headers:
            headers = sorted(p.relative_to(INCLUDE).as_posix() for p in (INCLUDE / "regcoop").rglob("*.hpp"))
            for h in headers:
                # src.hpp is no header to include; the old flat paths only forward to the layer folders
                if h.count("/") == 1 and h not in ("regcoop/config.hpp", "regcoop/version.hpp", "regcoop/regcoop.hpp"):
                    continue
                # detail/ is no public header: a program includes it only through one
                if h.startswith("regcoop/detail/"):
                    continue
                one = Path(tmp) / "one.cpp"
                one.write_text(f"#include <{h}>\nint main() {{}}\n")
                row(f"`{h}`", *measure_both(a.compiler, flags, one, base, a.header_runs, sep, modes))


if __name__ == "__main__":
    main()
