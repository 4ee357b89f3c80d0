"""A what-if scenario from a Python dict: Uzbekistan joins the EAEU on 2030-01-01 (the shipped
examples/scenarios/uzbekistan-joins-eaeu.json, read and changed here). Routes from Kashgar to
Tashkent on 2031-01-01 with and without it: the border regime of the crossing changes.

    python3 examples/python/scenario.py
"""
import json
import os

import regcoop

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "scenarios", "uzbekistan-joins-eaeu.json"), encoding="utf-8") as f:
    scenario = json.load(f)

ds = regcoop.load("china-central-asia+eurasian-organisations")
for name, sc in (("as the data stand", None), ("with the scenario", scenario)):
    routes = ds.route("kashgar", "tashkent", on="2031-01-01", weight="hours", customs_hours=24, scenario=sc)
    for r in routes:
        print(f"{name}: {r}")
        print(r.crossings[["from", "to", "regime", "basis", "hours"]].to_string(index=False))
