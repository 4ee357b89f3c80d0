#!/usr/bin/env python3
"""Validates a regcoop JSON dataset against the shipped JSON Schema (draft 2020-12).

usage: validate_schema.py SCHEMA DATA [BAD...]
DATA must validate; every BAD file must not. Exit 77 (skipped) without python3-jsonschema.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    data = json.load(open(sys.argv[2], encoding="utf-8"))
    errors = list(validator.iter_errors(data))
    for e in errors:
        print(f"{sys.argv[2]}: {e.json_path}: {e.message}", file=sys.stderr)
    if errors:
        return 1
    records = sum(len(v) for v in data.values())
    print(f"{sys.argv[2]}: valid, {records} records")
    for bad in sys.argv[3:]:
        doc = json.load(open(bad, encoding="utf-8"))
        if validator.is_valid(doc):
            print(f"{bad}: expected to be invalid but is valid", file=sys.stderr)
            return 1
        print(f"{bad}: rejected as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
