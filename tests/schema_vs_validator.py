#!/usr/bin/python3
"""Feeds every file of the malformed JSON corpus (tests/data/bad, all refused by the library's
validator) to the shipped JSON Schema and compares: the files the schema still accepts must be
exactly those listed, with the reason, in tests/data/bad/SCHEMA-ACCEPTS.tsv (what JSON Schema
cannot say). Files that are not JSON at all are the parser's business and are skipped.

usage: schema_vs_validator.py SCHEMA BAD_DIR. Exit 77 (skipped) without python3-jsonschema."""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
bad = sys.argv[2]
listed = {}
for line in open(os.path.join(bad, "SCHEMA-ACCEPTS.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        name, reason = line.rstrip("\n").split("\t", 1)
        listed[name] = reason
accepted, compared = set(), 0
for name in sorted(os.listdir(bad)):
    if not name.endswith(".json"):
        continue
    try:
        doc = json.load(open(os.path.join(bad, name), encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        continue  # not JSON: refused by the parser before any schema
    compared += 1
    if validator.is_valid(doc):
        accepted.add(name)
print(f"{compared} corpus files compared; the schema accepts {len(accepted)} that the validator refuses:")
for name in sorted(accepted):
    print(f"  {name}: {listed.get(name, 'NOT LISTED')}")
unlisted = accepted - set(listed)
stale = set(listed) - accepted
if unlisted or stale:
    print(f"unlisted: {sorted(unlisted)}; listed but now refused by the schema: {sorted(stale)}", file=sys.stderr)
    sys.exit(1)
