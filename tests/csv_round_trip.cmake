# The command-line round trip: `export --format csv --output DIR/`, then
# `export --data DIR --format json` must equal `export --format json` byte for byte.
#   cmake -DREGCOOP=path/to/regcoop -DDATA=name -DDIR=folder -P csv_round_trip.cmake
file(REMOVE_RECURSE ${DIR})
execute_process(COMMAND ${REGCOOP} export --data ${DATA} --format csv --output ${DIR}/ RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "export to ${DIR}/ failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${REGCOOP} export --data ${DATA} --format json OUTPUT_VARIABLE want RESULT_VARIABLE rc1)
execute_process(COMMAND ${REGCOOP} export --data ${DIR} --format json OUTPUT_VARIABLE got RESULT_VARIABLE rc2 ERROR_VARIABLE err)
file(REMOVE_RECURSE ${DIR})
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "export --format json failed (${rc1}, ${rc2}): ${err}")
endif()
if(NOT got STREQUAL want)
  message(FATAL_ERROR "the JSON read back from the CSV folder differs from the original")
endif()
