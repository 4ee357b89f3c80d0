# GeoJSON in and out: what a round trip keeps, real GIS tools.
# Included from tests/CMakeLists.txt.
