# Builds the Python module (python/) on its own against the installed package with another
# compiler (clang++ in the test preset, whose tree is built with g++), then runs its pytest suite.
#   cmake -DSOURCE=<source tree> -DPREFIX=<install prefix> -DBINARY=<build folder> -DCXX=clang++
#         -DPYTHON=/usr/bin/python3 -DGENERATOR=Ninja -P build.cmake
file(REMOVE_RECURSE ${BINARY})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/python -B ${BINARY} -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Debug
                        -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${PREFIX} -DPython_EXECUTABLE=${PYTHON}
                        "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring python/ against ${PREFIX} with ${CXX} failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} --parallel 2 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the Python module with ${CXX} failed (above)")
endif()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${BINARY} --output-on-failure RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pytest on the module built with ${CXX} failed (above)")
endif()
