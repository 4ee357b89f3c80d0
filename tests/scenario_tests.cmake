# Scenario documents: the schema and the reader agree; apply() and route take the same documents.
# Included from tests/CMakeLists.txt.
