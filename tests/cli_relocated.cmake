# An installed regcoop moved to another prefix names the data folder beside it: copies the
# program to DIR/bin, makes DIR/bin/FROM_BIN/mappings, and checks `import --help` names it.
#   cmake -DREGCOOP=prog -DDIR=folder -DFROM_BIN=../share/regcoop -P cli_relocated.cmake
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}/bin" "${DIR}/bin/${FROM_BIN}/mappings")
file(COPY "${REGCOOP}" DESTINATION "${DIR}/bin")
get_filename_component(_prog "${REGCOOP}" NAME)
get_filename_component(_data "${DIR}/bin/${FROM_BIN}" ABSOLUTE)
execute_process(COMMAND "${DIR}/bin/${_prog}" import --help RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL 0)
  message(FATAL_ERROR "exit code ${rc}\nstdout:\n${out}\nstderr:\n${err}")
endif()
string(FIND "${out}" "Shipped mappings: ${_data}/mappings/gcdf-3.json" _at)
if(_at LESS 0)
  message(FATAL_ERROR "import --help does not name ${_data}/mappings:\n${out}")
endif()
