#!/usr/bin/python3
"""Feeds one corpus of scenario documents to both the reader (`regcoop route --scenario FILE`,
which reads the document against the default data) and the shipped JSON Schema, and checks
that they agree: every file of GOOD_DIR is accepted by both; every file of BAD_DIR is refused
by the reader (exit 2, naming the file) and by the schema,
except the files BAD_DIR/SCHEMA-ACCEPTS.tsv lists with the reason (references to records the
dataset lacks: what JSON Schema cannot say), which the schema must accept.

usage: scenario_corpus.py REGCOOP_CLI SCHEMA GOOD_DIR BAD_DIR.
Exit 77 (skipped) without python3-jsonschema."""
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)

cli, schema_file, good, bad = sys.argv[1:5]
validator = jsonschema.Draft202012Validator(json.load(open(schema_file, encoding="utf-8")))
listed = {}
for line in open(os.path.join(bad, "SCHEMA-ACCEPTS.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        name, reason = line.rstrip("\n").split("\t", 1)
        listed[name] = reason
failures = []


def reader(path):
    """(exit code, stderr) of the CLI reading the scenario."""
    r = subprocess.run([cli, "route", "--from", "xian", "--to", "duisburg", "--on", "2031-06-01", "--scenario", path],
                       capture_output=True, text=True, timeout=120)
    return r.returncode, r.stderr


def files(folder):
    return sorted(n for n in os.listdir(folder) if n.endswith(".json"))


for name in files(good):
    path = os.path.join(good, name)
    code, err = reader(path)
    schema_ok = validator.is_valid(json.load(open(path, encoding="utf-8")))
    print(f"good/{name}: reader exit {code}, schema {'accepts' if schema_ok else 'refuses'}")
    if code != 0:
        failures.append(f"good/{name}: the reader refuses it: {err.strip()}")
    if not schema_ok:
        errors = "; ".join(e.message for e in validator.iter_errors(json.load(open(path, encoding="utf-8"))))
        failures.append(f"good/{name}: the schema refuses it: {errors}")

schema_accepts = set()
for name in files(bad):
    path = os.path.join(bad, name)
    code, err = reader(path)
    schema_ok = validator.is_valid(json.load(open(path, encoding="utf-8")))
    print(f"bad/{name}: reader exit {code}, schema {'accepts' if schema_ok else 'refuses'}")
    if code != 2 or path not in err:
        failures.append(f"bad/{name}: the reader should refuse it (exit 2) naming {path}: exit {code}, {err.strip()}")
    if schema_ok:
        schema_accepts.add(name)
        if name not in listed:
            failures.append(f"bad/{name}: the schema accepts it and SCHEMA-ACCEPTS.tsv does not list it")
for name in sorted(set(listed) - schema_accepts):
    failures.append(f"bad/{name}: listed in SCHEMA-ACCEPTS.tsv but the schema refuses it (or it is gone)")

print(f"{len(files(good))} good and {len(files(bad))} bad documents compared")
for f in failures:
    print("FAIL:", f, file=sys.stderr)
sys.exit(1 if failures else 0)
