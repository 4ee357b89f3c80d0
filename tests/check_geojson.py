#!/usr/bin/env python3
"""Runs `regcoop export --format geojson` and checks the output is a valid GeoJSON
FeatureCollection (RFC 7946): geometry types, [lon, lat] positions in range, properties."""
import json
import subprocess
import sys

out = subprocess.run([sys.argv[1], "export", "--format", "geojson"], check=True, capture_output=True).stdout
doc = json.loads(out)
assert doc["type"] == "FeatureCollection", doc["type"]
points = lines = 0
for f in doc["features"]:
    assert f["type"] == "Feature"
    g = f["geometry"]
    coords = [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
    assert g["type"] in ("Point", "LineString"), g["type"]
    if g["type"] == "LineString":
        assert len(coords) >= 2
        lines += 1
    else:
        points += 1
    for lon, lat in coords:
        assert -180 <= lon <= 180 and -90 <= lat <= 90, (lon, lat)
    assert "id" in f["properties"]
assert points > 30 and lines > 30, (points, lines)
print(f"valid GeoJSON: {points} points, {lines} line strings")
