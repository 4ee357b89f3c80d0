# Line and branch coverage of include/regcoop with lcov; fails below MIN_LINES percent.
#   cmake -DBUILD=<build dir> -DSOURCE=<source dir> -DMIN_LINES=<percent> -P coverage_report.cmake
set(info ${BUILD}/coverage.info)
execute_process(
  COMMAND lcov --capture --directory ${BUILD} --output-file ${info} --rc lcov_branch_coverage=1
          --rc geninfo_no_exception_branch=1 --include "${SOURCE}/include/regcoop/*" --quiet
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lcov --capture failed")
endif()
execute_process(COMMAND lcov --list ${info} --rc lcov_branch_coverage=1 OUTPUT_FILE ${BUILD}/coverage.txt)
execute_process(COMMAND lcov --summary ${info} --rc lcov_branch_coverage=1 OUTPUT_VARIABLE summary ERROR_VARIABLE summary)
message("${summary}")
string(REGEX MATCH "lines\\.+: ([0-9.]+)%" _ "${summary}")
set(lines ${CMAKE_MATCH_1})
if(lines STREQUAL "")
  message(FATAL_ERROR "no line coverage in the lcov summary")
endif()
if(lines LESS MIN_LINES)
  message(FATAL_ERROR "line coverage ${lines}% of include/regcoop is below ${MIN_LINES}%")
endif()
message("line coverage ${lines}% (minimum ${MIN_LINES}%); per file: ${BUILD}/coverage.txt")
