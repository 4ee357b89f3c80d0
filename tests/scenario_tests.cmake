# Scenario documents: the schema and the reader agree; apply() and route take the same documents.
# Included from tests/CMakeLists.txt.

# One corpus, two judges: tests/data/scenarios/good is accepted by the reader (`route
# --scenario`) and by data/scenario.schema.json; bad is refused by both, except the files
# bad/SCHEMA-ACCEPTS.tsv lists (references to records the dataset lacks).
if(TARGET regcoop_cli AND REGCOOP_PYTHON3)
  add_test(NAME scenario_reader_and_schema_agree_on_the_corpus
           COMMAND ${REGCOOP_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/scenario_corpus.py $<TARGET_FILE:regcoop_cli>
                   ${PROJECT_SOURCE_DIR}/data/scenario.schema.json ${CMAKE_CURRENT_SOURCE_DIR}/data/scenarios/good
                   ${CMAKE_CURRENT_SOURCE_DIR}/data/scenarios/bad)
  set_tests_properties(scenario_reader_and_schema_agree_on_the_corpus PROPERTIES SKIP_RETURN_CODE 77)
endif()
