# Line and branch coverage of include/regcoop from clang's source-based coverage; fails below
# MIN_LINES or MIN_BRANCHES percent. Run by the coverage_report target after the tests:
#   cmake -DBUILD=<build dir> -DSOURCE=<source dir> -DPROFDATA=<llvm-profdata> -DLLVM_COV=<llvm-cov>
#         -DPYTHON=<python3> -DOBJECTS=<binaries;...> -DMIN_LINES=<%> -DMIN_BRANCHES=<%>
#         -P coverage_report.cmake
# Writes <build>/coverage.txt (per file), <build>/coverage.json (llvm-cov export) and an HTML
# report under <build>/coverage-html.
file(GLOB raw ${BUILD}/profiles/*.profraw)
if(NOT raw)
  message(FATAL_ERROR "no raw profiles in ${BUILD}/profiles: run the tests of the coverage preset first")
endif()
set(profdata ${BUILD}/coverage.profdata)
execute_process(COMMAND ${PROFDATA} merge -sparse ${raw} -o ${profdata} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "llvm-profdata merge failed")
endif()
set(object_args)
foreach(o IN LISTS OBJECTS)
  if(object_args)
    list(APPEND object_args -object ${o})
  else()
    list(APPEND object_args ${o})
  endif()
endforeach()
execute_process(COMMAND ${LLVM_COV} export -format=text -instr-profile=${profdata} ${object_args}
                OUTPUT_FILE ${BUILD}/coverage.json RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "llvm-cov export failed")
endif()
execute_process(COMMAND ${LLVM_COV} show -format=html -output-dir=${BUILD}/coverage-html -instr-profile=${profdata}
                        ${object_args} ${SOURCE}/include/regcoop)
execute_process(COMMAND ${PYTHON} ${SOURCE}/tools/coverage_summary.py ${BUILD}/coverage.json ${SOURCE} ${MIN_LINES}
                        ${MIN_BRANCHES} ${BUILD}/coverage.txt RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "coverage of include/regcoop is below the minimum (lines ${MIN_LINES}%, branches ${MIN_BRANCHES}%)")
endif()
