# Configures and builds tests/consumer/strict with one compiler and one optimisation level,
# then runs README's first program.
#   cmake -DSOURCE=<source tree> -DPREFIX=<install prefix> -DBINARY=<build folder> -DCXX=g++-12
#         -DOPT=-O3 -DGENERATOR=Ninja -DJOBS=2 [-DHEADERS=OFF] -P build.cmake
if(NOT DEFINED HEADERS)
  set(HEADERS ON)
endif()
file(REMOVE_RECURSE ${BINARY})
string(TIMESTAMP t0 "%s")
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/consumer/strict -B ${BINARY} -G ${GENERATOR}
                        -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=${OPT} -DNDEBUG"
                        -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${PREFIX} -DREGCOOP_SOURCE_DIR=${SOURCE}
                        -DHEADERS=${HEADERS}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the strict consumer with ${CXX} ${OPT} failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} --parallel ${JOBS} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CXX} ${OPT} -Wall -Wextra -Wpedantic -Werror: the build failed (above)")
endif()
execute_process(COMMAND ${BINARY}/app RESULT_VARIABLE rc OUTPUT_VARIABLE out)
file(STRINGS ${BINARY}/readme/prints.txt said)
if(NOT rc EQUAL 0 OR NOT said)
  message(FATAL_ERROR "README's first program: exit ${rc} (its comments say it prints: ${said}); printed:\n${out}")
endif()
foreach(s IN LISTS said)
  string(FIND "${out}" "${s}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "README's first program does not print '${s}', as its comment says; it printed:\n${out}")
  endif()
endforeach()
string(TIMESTAMP t1 "%s")
math(EXPR s "${t1} - ${t0}")
message(STATUS "${CXX} ${OPT}: every example and README's first program (every header alone: ${HEADERS}) built in ${s} s")
