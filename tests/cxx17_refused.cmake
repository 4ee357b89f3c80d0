# Below C++20 every public header stops with regcoop's #error (regcoop/config.hpp), and a
# whole program's first error is that message.
#   cmake -DCXX=... -DINCLUDE=<include folder> -DWORK=<scratch folder> -P cxx17_refused.cmake
set(message "regcoop needs C++20")
file(GLOB_RECURSE headers RELATIVE ${INCLUDE} ${INCLUDE}/regcoop/*.hpp)
set(silent)
foreach(h IN LISTS headers)
  # The preprocessor alone reaches every #error: fast, and enough to show the check is there.
  execute_process(COMMAND ${CXX} -std=c++17 -E -x c++ -I${INCLUDE} ${INCLUDE}/${h}
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  string(FIND "${err}" "${message}" at)
  if(rc EQUAL 0 OR at EQUAL -1)
    list(APPEND silent ${h})
  endif()
endforeach()
if(silent)
  list(JOIN silent "\n  " text)
  message(FATAL_ERROR "-std=c++17 without regcoop's #error:\n  ${text}")
endif()
# A control: at C++20 the same check passes.
execute_process(COMMAND ${CXX} -std=c++20 -E -x c++ -I${INCLUDE} ${INCLUDE}/regcoop/regcoop.hpp
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "-std=c++20 -E regcoop/regcoop.hpp fails:\n${err}")
endif()
# Whole translation units: the first error a user reads is the message.
file(MAKE_DIRECTORY ${WORK})
foreach(h regcoop/regcoop.hpp regcoop/io/json.hpp regcoop/version.hpp)
  string(MAKE_C_IDENTIFIER "${h}" name)
  file(WRITE ${WORK}/${name}.cpp "#include <${h}>\nint main() {}\n")
  execute_process(COMMAND ${CXX} -std=c++17 -fsyntax-only -I${INCLUDE} ${WORK}/${name}.cpp
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  string(REGEX MATCH "error: [^\n]*" first "${err}")
  string(FIND "${first}" "${message}" at)
  if(rc EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "-std=c++17 with <${h}>: the first error is not regcoop's message but\n${first}")
  endif()
endforeach()
list(LENGTH headers n)
message(STATUS "-std=c++17: all ${n} headers stop with '${message}'")
