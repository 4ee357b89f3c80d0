#!/usr/bin/env python3
"""Compile-time benchmark: what a translation unit that uses regcoop costs, in both modes,
against the standard and Boost headers it needs compiled alone (the peer: what any program
using those facilities pays anyway).

For each program (the three small programs of this folder, and a file that includes one public
header, for every public header) it compiles, with the same flags:
  * baseline: a file that includes only the standard and Boost headers the program reaches
    (every `#include <...>` of the regcoop headers it includes, transitively, and its own);
  * header-only: the program as it is;
  * compiled: the program with -DREGCOOP_SEPARATE_COMPILATION (it links regcoop::compiled,
    whose one translation unit, src/regcoop.cpp, is measured once on its own row);
and reports wall time and peak memory (GNU time) as ratios to the baseline, the median of
--runs runs. Usage:
    benchmarks/compile_time/run.py [--compiler g++] [--flags "-std=c++20 -O0"] [--runs 3] [--headers]
"""
import argparse, os, re, statistics, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INCLUDE = ROOT / "include"
HERE = Path(__file__).resolve().parent
PROGRAMS = ["membership.cpp", "route.cpp", "research.cpp"]


def measure(cxx, flags, src, runs, extra=()):
    times, mems = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            cmd = ["/usr/bin/time", "-f", "%e %M", cxx, *flags, *extra, f"-I{INCLUDE}", "-c", str(src), "-o", f"{tmp}/o.o"]
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"compile failed: {' '.join(cmd)}\n{r.stderr[-3000:]}")
            t, m = r.stderr.strip().splitlines()[-1].split()
            times.append(float(t))
            mems.append(int(m) / 1024)
    return statistics.median(times), statistics.median(mems)


def baseline_source(cxx, flags, src, out):
    """The standard and Boost headers `src` reaches through regcoop, in one file."""
    deps = subprocess.run([cxx, *flags, f"-I{INCLUDE}", "-M", str(src)], capture_output=True, text=True, check=True).stdout
    files = [f for f in deps.replace("\\\n", " ").split()[1:] if f.startswith(str(INCLUDE)) or f == str(src)]
    includes = set()
    for f in files:
        for line in Path(f).read_text().splitlines():
            m = re.match(r"\s*#\s*include\s*<([^>]+)>", line)
            if m and not m.group(1).startswith("regcoop/"):
                includes.add(m.group(1))
    out.write_text("".join(f"#include <{h}>\n" for h in sorted(includes)) + "int main() {}\n")


def row(name, base, ho, comp):
    bt, bm = base
    cells = [name, f"{bt:.2f} s / {bm:.0f} MB", f"{ho[0]:.2f} s / {ho[1]:.0f} MB", f"{ho[0] / bt:.1f}× / {ho[1] / bm:.1f}×"]
    cells += [f"{comp[0]:.2f} s / {comp[1]:.0f} MB", f"{comp[0] / bt:.1f}× / {comp[1] / bm:.1f}×"] if comp else ["–", "–"]
    print("| " + " | ".join(cells) + " |", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compiler", default="g++")
    ap.add_argument("--flags", default="-std=c++20 -O0")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--headers", action="store_true", help="also one row per public header (one run each)")
    a = ap.parse_args()
    flags = a.flags.split()
    sep = ["-DREGCOOP_SEPARATE_COMPILATION"]
    print(f"{a.compiler} {a.flags}, median of {a.runs} runs; ratios to the baseline (the standard and Boost headers alone)\n")
    print("| program | baseline: std + Boost headers | header-only | ratio (time / memory) | compiled | ratio (time / memory) |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.cpp"
        for p in PROGRAMS:
            src = HERE / p
            baseline_source(a.compiler, flags, src, base)
            row(p, measure(a.compiler, flags, base, a.runs), measure(a.compiler, flags, src, a.runs),
                measure(a.compiler, flags, src, a.runs, sep))
        src_cpp = ROOT / "src" / "regcoop.cpp"
        t, m = measure(a.compiler, flags, src_cpp, 1, sep)
        print(f"| src/regcoop.cpp (regcoop::compiled, once per build) | – | – | – | {t:.2f} s / {m:.0f} MB | – |")
        if a.headers:
            headers = sorted(p.relative_to(INCLUDE).as_posix() for p in (INCLUDE / "regcoop").rglob("*.hpp"))
            for h in headers:
                # src.hpp is no header to include; the old flat paths only forward to the layer folders
                if h.count("/") == 1 and h not in ("regcoop/config.hpp", "regcoop/version.hpp", "regcoop/regcoop.hpp"):
                    continue
                one = Path(tmp) / "one.cpp"
                one.write_text(f"#include <{h}>\nint main() {{}}\n")
                baseline_source(a.compiler, flags, one, base)
                row(f"`{h}`", measure(a.compiler, flags, base, 1), measure(a.compiler, flags, one, 1),
                    measure(a.compiler, flags, one, 1, sep))


if __name__ == "__main__":
    main()
