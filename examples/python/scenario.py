"""A what-if scenario as a Python dict: the shipped examples/scenarios/uzbekistan-joins-eaeu.json
(Uzbekistan joins the EAEU, the China-Kyrgyzstan-Uzbekistan railway opens, the China-Kazakhstan
border closes), read into a dict and passed as one. Routes from Kashgar to Tashkent on
2031-01-01 with and without it: the route moves to Kyrgyzstan, and the KG-UZ crossing is inside
the EAEU's customs union.

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
