# Geography on real borders (Natural Earth 1:10m from npm world-atlas).
# Included from tests/CMakeLists.txt.
