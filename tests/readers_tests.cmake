# Readers and files: folders, missing and empty files, byte-order marks, places of problems.
# Included from tests/CMakeLists.txt.
