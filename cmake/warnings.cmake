# regcoop_set_warnings(<target>): the project's warning flags for its own tests and examples.
function(regcoop_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
  if(REGCOOP_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# regcoop_link_library(<target>): the program links regcoop::compiled when the project is
# configured with REGCOOP_SEPARATE_COMPILATION=ON (the test preset), so that the tests,
# examples and CLI run in that mode; otherwise they use regcoop header-only.
function(regcoop_link_library target)
  if(REGCOOP_SEPARATE_COMPILATION)
    target_link_libraries(${target} PRIVATE regcoop::compiled)
  endif()
endfunction()
