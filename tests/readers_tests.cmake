# Readers and files: folders, missing and empty files, byte-order marks, places of problems.
# Included from tests/CMakeLists.txt.

# The generated JSON Schemas (dataset, mapping, scenario) compile under ajv's strict mode
# (draft 2020-12, with formats); the shipped data and mappings validate, the known-bad
# documents do not. ajv@8 and ajv-formats@3 from npm -g (as CI installs them); skipped (77)
# only when node or ajv is absent.
find_program(REGCOOP_NODE NAMES node nodejs)
file(GLOB _ajv_bad ${CMAKE_CURRENT_SOURCE_DIR}/data/schema-bad/*.json)
file(GLOB _ajv_maps ${PROJECT_SOURCE_DIR}/data/mappings/*.json ${PROJECT_SOURCE_DIR}/examples/tables/*.map.json)
file(GLOB _ajv_scenarios ${PROJECT_SOURCE_DIR}/examples/scenarios/*.json)
set(_ajv_args
    ${PROJECT_SOURCE_DIR}/data/regcoop.schema.json
      --valid ${PROJECT_SOURCE_DIR}/data/china-central-asia.json ${PROJECT_SOURCE_DIR}/data/eurasian-organisations.json
      --invalid ${_ajv_bad}
    ${PROJECT_SOURCE_DIR}/data/mapping.schema.json --valid ${_ajv_maps}
    ${PROJECT_SOURCE_DIR}/data/scenario.schema.json --valid ${_ajv_scenarios})
if(REGCOOP_NODE)
  add_test(NAME schemas_compile_under_ajv_strict COMMAND ${REGCOOP_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/check_ajv.js ${_ajv_args})
else()
  add_test(NAME schemas_compile_under_ajv_strict COMMAND sh -c "echo 'node is not installed: skipped'; exit 77")
endif()
set_tests_properties(schemas_compile_under_ajv_strict PROPERTIES SKIP_RETURN_CODE 77)
