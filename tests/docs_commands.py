#!/usr/bin/env python3
"""Runs the command lines the documentation tells a user to run, as written there.

The lines are read from the Markdown files at run time, never copied: every line of a
```sh block, and every inline `regcoop ...` span (tables, prose).

  docs_commands.py run --cli PATH --source DIR --work DIR DOC.md...
      Runs every `regcoop ...` line of the documents with the built program first on PATH,
      one scratch folder per document under --work (with `data` and `examples` linked to the
      source tree, so that the shipped files are where the docs name them), in document order
      (a later line reads what an earlier one wrote). Each line must exit 0, or 1 where its
      comment says so ("exit 1" or "no result"). A line that pipes into a program this
      machine lacks (dot, neato: graphviz) is not run, is said so, and the test exits 77
      (skipped) instead of 0. In `regcoop COMMAND --help`, COMMAND is each command the
      document's other lines use. A file a line names that is a user's own
      (my.json, GCDF_3.0.csv, ...) is made from a shipped example first (FIXTURES), and said
      so. The build lines of the ```sh blocks (apt-get, cmake --workflow, ...) are listed as
      run by `build-lines`; a line of any other kind is an error.

  docs_commands.py build-lines [--dry-run] DOC.md...
      Runs, from the source tree, every line of the ```sh blocks that is not a `regcoop` line
      (README's Quick start: the apt-get line with the demo workflow, then the test workflow),
      each once, as written. When `sudo` is absent (CI runs as root in a container), a `sudo`
      that runs its arguments is put first on PATH. `git clone` lines are not run (the
      checkout is the clone), and said so.

Every line run is printed first; the exit status is 1 when a line failed or a document has
no line of the kind asked for.
"""
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```(\w*)\s*$")
INLINE = re.compile(r"`(regcoop [^`]+)`")
EXPECT_1 = re.compile(r"#.*\b(exit 1|no result)\b", re.IGNORECASE)


def extract(path):
    """[(kind, line)] in document order: kind 'sh' (a line of a ```sh block) or 'inline'."""
    out = []
    in_block = None
    prose = []

    def flush_prose():
        text = "\n".join(prose)
        for m in INLINE.finditer(text):
            # A table cell escapes its pipes; a span may wrap across a line break.
            out.append(("inline", " ".join(m.group(1).replace("\\|", "|").split())))
        prose.clear()

    continued = ""  # a shell line that ends in a backslash goes on on the next line
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if in_block == "sh" and (continued or line.rstrip().endswith("\\")):
                if line.rstrip().endswith("\\"):
                    continued += line.rstrip()[:-1].strip() + " "
                    continue
                line, continued = continued + line.strip(), ""
            m = FENCE.match(line.strip())
            if in_block is None and m:
                flush_prose()
                in_block = m.group(1) or "-"
                continue
            if in_block is not None:
                if line.strip() == "```":
                    in_block = None
                elif in_block == "sh" and line.strip():
                    out.append(("sh", line.strip()))
                continue
            prose.append(line)
    flush_prose()
    return out


def command_key(line):
    """The line without its comment and spacing: two lines that run the same command match."""
    try:
        return " ".join(shlex.split(line, comments=True))
    except ValueError:
        return line


def is_regcoop(line):
    return line.split(None, 1)[0] == "regcoop"


def is_clone(line):
    return line.startswith("git clone")


def programs(line):
    """The programs a shell line starts: the first word of each pipeline stage and list item."""
    words = shlex.split(line, comments=True, posix=True)
    out, start = [], True
    for w in words:
        if start and "=" not in w:
            out.append(w)
            start = False
        if w in ("|", "||", "&&", ";"):
            start = True
    return out


def expected_exit(line):
    return 1 if EXPECT_1.search(line) else 0


# Files the docs name that a user brings: made in the scratch folder from shipped examples
# when a line names them and no earlier line has written them.
def older_version(source, target):
    """my.json as it stood before its source's title was corrected: what `diff` compares."""
    with open(source, encoding="utf-8") as f:
        doc = json.load(f)
    doc["sources"][0]["title"] += " (draft)"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)


def fixtures(cli, src):
    mine = os.path.join(src, "examples", "data", "my_cooperation.json")

    def copy(rel):
        return (f"copy of {rel}", lambda target: shutil.copyfile(os.path.join(src, rel), target))

    def network():
        def make(target):
            with open(target, "w", encoding="utf-8") as f:
                subprocess.run([cli, "export", "--format", "geojson"], stdout=f, check=True)
        return ("the network a GIS tool reads: regcoop export --format geojson", make)

    old = (f"examples/data/my_cooperation.json with another source title", lambda t: older_version(mine, t))
    return {
        "my.json": copy("examples/data/my_cooperation.json"),
        "b.json": copy("examples/data/my_cooperation.json"),
        "old.json": old,
        "a.json": old,
        "GCDF_3.0.csv": copy("examples/tables/gcdf-3-sample.csv"),
        "state_year_v3.csv": copy("examples/tables/cow-igo-3-sample.csv"),
        # The real COW IGO v3 tables' names: the committed excerpt of them (tests/data/cow).
        "state_year_formatv3.csv": copy("tests/data/cow/state_year_formatv3.csv"),
        "igo_year_formatv3.csv": copy("tests/data/cow/igo_year_formatv3.csv"),
        # The organisations and agreements of the guide's examples (tests/data/researcher.json).
        "researcher.json": copy("tests/data/researcher.json"),
        "my-network.geojson": network(),
        "network.geojson": network(),
    }


def run_docs(args):
    cli = os.path.abspath(args.cli)
    src = os.path.abspath(args.source)
    env = dict(os.environ)
    bindir = os.path.join(os.path.abspath(args.work), "bin")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(bindir)
    os.symlink(cli, os.path.join(bindir, "regcoop"))
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    fixture_makers = fixtures(cli, src)
    failures = []
    skipped = []
    total = 0
    for doc in args.docs:
        name = os.path.splitext(os.path.basename(doc))[0]
        scratch = os.path.join(os.path.abspath(args.work), name)
        os.makedirs(scratch)
        for linked in ("data", "examples"):
            os.symlink(os.path.join(src, linked), os.path.join(scratch, linked))
        lines = extract(os.path.join(src, doc))
        # `regcoop COMMAND --help`: COMMAND stands for each command the document's lines use.
        commands = []
        for _, line in lines:
            words = line.split()
            if words[0] == "regcoop" and len(words) > 1 and words[1].isalpha() and words[1].islower() \
                    and words[1] not in commands:
                commands.append(words[1])
        expanded = []
        for kind, line in lines:
            if is_regcoop(line) and "COMMAND" in line.split():
                print(f"{doc}: {line}: COMMAND as each of {', '.join(commands)}")
                expanded += [(kind, " ".join(c if w == "COMMAND" else w for w in line.split())) for c in commands]
            else:
                expanded.append((kind, line))
        lines = expanded
        ran = 0
        for kind, line in lines:
            if not is_regcoop(line):
                if kind == "sh" and is_clone(line):
                    print(f"{doc}: not run: {line}  (the checkout is the clone)")
                elif kind == "sh":
                    print(f"{doc}: build line, run by `docs_commands.py build-lines` in .ci/run: {line}")
                else:
                    failures.append(f"{doc}: a line this test cannot run: {line}")
                continue
            for word in shlex.split(line, comments=True):
                word = word.rsplit("=", 1)[-1]
                if word in fixture_makers and not os.path.exists(os.path.join(scratch, word)):
                    what, make = fixture_makers[word]
                    make(os.path.join(scratch, word))
                    print(f"{doc}: fixture {word}: {what}")
            missing = [c for c in programs(line) if c != "regcoop" and shutil.which(c, path=env["PATH"]) is None]
            if missing:
                # Not silent: said here, and the test ends as skipped (77) rather than passed.
                print(f"{doc}: NOT RUN, needs {', '.join(missing)}: {line}")
                skipped.append(line)
                continue
            want = expected_exit(line)
            print(f"{doc}: $ {line}", flush=True)
            p = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=scratch, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            ran += 1
            shown = p.stdout if len(p.stdout) < 600 else p.stdout[:600] + f"... ({len(p.stdout)} characters)\n"
            sys.stdout.write(shown)
            if p.returncode != want:
                failures.append(f"{doc}: exit {p.returncode} (expected {want}): {line}\n{p.stderr}")
                sys.stdout.write(p.stderr)
        if ran == 0:
            failures.append(f"{doc}: no regcoop command line found")
        total += ran
    print(f"{total} command lines run, {len(skipped)} not run for want of a program")
    for f in failures:
        print("FAILED: " + f, file=sys.stderr)
    return 1 if failures else 77 if skipped else 0


def build_lines(args):
    env = dict(os.environ)
    shim = None
    if shutil.which("sudo") is None:
        shim = tempfile.mkdtemp(prefix="regcoop-sudo-")
        path = os.path.join(shim, "sudo")
        with open(path, "w") as f:
            f.write('#!/bin/sh\n# No sudo here (a root container): run the command as given.\nexec "$@"\n')
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        env["PATH"] = shim + os.pathsep + env.get("PATH", "")
        print(f"build-lines: no sudo on this machine; {path} runs its arguments")
    seen = set()
    failures = []
    ran = 0
    root = os.path.abspath(args.source)
    for doc in args.docs:
        for kind, line in extract(os.path.join(root, doc)):
            if kind != "sh" or is_regcoop(line):
                continue
            if is_clone(line):
                print(f"{doc}: not run: {line}  (the checkout is the clone)")
                continue
            key = command_key(line)
            if key in seen:
                print(f"{doc}: run above: {line}")
                continue
            seen.add(key)
            print(f"{doc}: $ {line}", flush=True)
            ran += 1
            if args.dry_run:
                continue
            rc = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=root, env=env).returncode
            if rc != 0:
                failures.append(f"{doc}: exit {rc}: {line}")
                break
    if shim:
        shutil.rmtree(shim)
    if ran == 0:
        failures.append("no build line found")
    for f in failures:
        print("FAILED: " + f, file=sys.stderr)
    return 1 if failures else 0


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    r = sub.add_parser("run")
    r.add_argument("--cli", required=True)
    r.add_argument("--source", required=True)
    r.add_argument("--work", required=True)
    r.add_argument("docs", nargs="+")
    b = sub.add_parser("build-lines")
    b.add_argument("--source", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    b.add_argument("--dry-run", action="store_true")
    b.add_argument("docs", nargs="+")
    args = ap.parse_args()
    return run_docs(args) if args.mode == "run" else build_lines(args)


if __name__ == "__main__":
    sys.exit(main())
