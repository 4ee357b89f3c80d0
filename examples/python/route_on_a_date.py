"""A politics-aware route on a date: Xi'an to Duisburg on 2020-01-01, minimising hours, with
24 hours of customs clearance at every customs border (none inside the EAEU's customs union),
and the same avoiding Russia. Legs and border crossings are DataFrames.

    python3 examples/python/route_on_a_date.py
"""
import regcoop

ds = regcoop.load("china-central-asia+eurasian-organisations")
for avoid in ([], ["RU"]):
    routes = ds.route("xian", "duisburg", on="2020-01-01", weight="hours", customs_hours=24, avoid=avoid)
    if not routes:
        print(f"no route avoiding {avoid}")
        continue
    r = routes[0]
    print(r)
    print(r.legs[["from", "to", "mode", "km"]].to_string(index=False))
    print(r.crossings[["from", "to", "regime", "hours"]].to_string(index=False))
    print({k: round(v, 1) for k, v in r.totals().items()})
    print()
