#!/usr/bin/env python3
"""Runs `regcoop export --format geojson` and checks the output is a valid GeoJSON
FeatureCollection (RFC 7946): geometry types, [lon, lat] positions in range, properties the
same for every feature of a kind, and the records that are not features in the one foreign
member "regcoop" (RFC 7946 §6.1): parties, corridors and sources, every corridor's segments
and every citation's source present."""
import json
import subprocess
import sys

out = subprocess.run([sys.argv[1], "export", "--format", "geojson"], check=True, capture_output=True).stdout
doc = json.loads(out)
assert doc["type"] == "FeatureCollection", doc["type"]
assert set(doc) == {"type", "features", "regcoop"}, sorted(doc)
points = lines = 0
keys = {}
segment_ids = set()
cited = set()
for f in doc["features"]:
    assert f["type"] == "Feature"
    g = f["geometry"]
    coords = [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
    assert g["type"] in ("Point", "LineString"), g["type"]
    if g["type"] == "LineString":
        assert len(coords) >= 2
        lines += 1
        segment_ids.add(f["properties"]["id"])
    else:
        points += 1
    for lon, lat in coords:
        assert -180 <= lon <= 180 and -90 <= lat <= 90, (lon, lat)
    props = f["properties"]
    assert "id" in props
    assert keys.setdefault(g["type"], list(props)) == list(props), (props["id"], list(props))
    for c in props["citations"]:
        cited.add(c["source"])
assert points > 30 and lines > 30, (points, lines)
extra = doc["regcoop"]
assert set(extra) == {"parties", "corridors", "sources"}, sorted(extra)
for c in extra["corridors"]:
    missing = [s for s in c["segments"] if s not in segment_ids]
    assert not missing, (c["id"], missing)
    cited.update(x["source"] for x in c.get("citations", []))
for p in extra["parties"]:
    assert p["kind"] == "country", p["id"]
    cited.update(x["source"] for x in p.get("citations", []))
sources = {s["id"] for s in extra["sources"]}
assert cited <= sources, sorted(cited - sources)
assert extra["corridors"], "no corridors"
print(f"valid GeoJSON: {points} points, {lines} line strings, {len(extra['corridors'])} corridors, "
      f"{len(extra['parties'])} countries, {len(extra['sources'])} sources")
