#!/usr/bin/env python3
"""Line and branch coverage of include/regcoop from an `llvm-cov export -format=text` file.

    coverage_summary.py COVERAGE.json SOURCE_DIR MIN_LINES MIN_BRANCHES [PER_FILE_OUT]

Prints a per-file table and the totals; exits 1 when lines or branches fall below the
minimums, 2 on unusable input.

Branches counted are clang's source-based branch regions (each condition of an if, loop,
?:, && and ||, with its true and false outcome). One kind is left out and reported apart:
the regions clang 14 emits for a defaulted comparison (`operator==(...) = default`). Their
counters are not the function's conditions (a three-call reproducer is in docs/design.md,
"Coverage"), so they can be neither hit nor missed by any test.
"""
import json
import os
import re
import sys

DEFAULTED = re.compile(r"operator(==|<=>)\s*\(.*\)\s*(const\s*)?(noexcept\s*)?=\s*default\s*;")


def main(argv):
    if len(argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        return 2
    export, source_dir, min_lines, min_branches = argv[1], argv[2], float(argv[3]), float(argv[4])
    include = os.path.join(os.path.abspath(source_dir), "include", "regcoop") + os.sep
    with open(export, encoding="utf-8") as f:
        data = json.load(f)["data"]
    # Per file: the summary llvm-cov report prints (template instantiations merged its way).
    files = {}
    for unit in data:
        for entry in unit["files"]:
            path = os.path.abspath(entry["filename"])
            if path.startswith(include):
                files[path] = {"summary": entry["summary"], "left_out": [0, 0]}
    if not files:
        print(f"coverage_summary: no records for {include} in {export}", file=sys.stderr)
        return 2
    # The branch regions of defaulted comparisons, taken out of their file's figures. Template
    # instantiations of one comparison (e.g. id<Tag>) form one group, counted as llvm-cov does:
    # the instantiation with the most outcomes covered.
    defaulted = {}
    groups = {}  # (path, first region) -> (outcomes, most covered)
    for unit in data:
        for fn in unit["functions"]:
            path = os.path.abspath(fn["filenames"][0]) if fn["filenames"] else ""
            if path not in files or not fn["regions"]:
                continue
            if path not in defaulted:
                with open(path, encoding="utf-8") as src:
                    defaulted[path] = {i + 1 for i, t in enumerate(src.read().splitlines()) if DEFAULTED.search(t)}
            if fn["regions"][0][0] in defaulted[path]:
                key = (path, tuple(fn["regions"][0][:4]))
                covered = sum((b[4] > 0) + (b[5] > 0) for b in fn["branches"])
                outcomes, best = groups.get(key, (2 * len(fn["branches"]), 0))
                groups[key] = (outcomes, max(best, covered))
    for (path, _), (outcomes, covered) in groups.items():
        files[path]["left_out"][0] += outcomes
        files[path]["left_out"][1] += covered

    rows = []
    totals = [0, 0, 0, 0, 0]  # lines, lines hit, branches, branches hit, defaulted-comparison branches left out
    for path in sorted(files):
        summary, (left_count, left_hit) = files[path]["summary"], files[path]["left_out"]
        row = [summary["lines"]["count"], summary["lines"]["covered"],
               summary["branches"]["count"] - left_count, summary["branches"]["covered"] - left_hit, left_count]
        totals = [a + b for a, b in zip(totals, row)]
        rows.append((os.path.relpath(path, include), row))

    def pct(hit, n):
        return 100.0 * hit / n if n else 100.0

    out = [f"{'file':<32} {'lines':>14} {'branches':>14}  defaulted-== left out"]
    for name, (ln, lh, bn, bh, lo) in rows:
        out.append(f"{name:<32} {pct(lh, ln):6.2f}% {lh:>3}/{ln:<4} {pct(bh, bn):6.2f}% {bh:>3}/{bn:<4} {lo}")
    ln, lh, bn, bh, lo = totals
    left_hit_total = sum(f["left_out"][1] for f in files.values())
    line_pct, branch_pct = pct(lh, ln), pct(bh, bn)
    raw_pct = pct(bh + left_hit_total, bn + lo)
    out.append(f"{'TOTAL':<32} {line_pct:6.2f}% {lh}/{ln} {branch_pct:6.2f}% {bh}/{bn} {lo}")
    out.append(f"lines {line_pct:.2f}% (minimum {min_lines}%), branches {branch_pct:.2f}% (minimum {min_branches}%); "
               f"with the {lo} defaulted-comparison outcomes counted, branches are {raw_pct:.2f}%")
    report = "\n".join(out)
    print(report)
    if len(argv) == 6:
        with open(argv[5], "w", encoding="utf-8") as f:
            f.write(report + "\n")
    failed = False
    if line_pct < min_lines:
        print(f"line coverage {line_pct:.2f}% of include/regcoop is below {min_lines}%", file=sys.stderr)
        failed = True
    if branch_pct < min_branches:
        print(f"branch coverage {branch_pct:.2f}% of include/regcoop is below {min_branches}%", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
