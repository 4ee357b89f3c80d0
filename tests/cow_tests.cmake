# The real COW IGO v3 excerpt (tests/data/cow/, see its README.md): imported with the shipped
# mapping data/mappings/cow-igo-3.json through the command line, then checked against what
# pandas computes from the excerpt itself (tests/check_cow.py): every cell against the spells
# covering its year, counts per IGO and role, the parties and the IGOs' names and dates; the
# capital spelling of the IGO columns; `regcoop dyads` against COW's joint-membership rule.
# Skipped (77) without Debian's python3-pandas. Included from tests/CMakeLists.txt.
if(REGCOOP_HAS_JSON AND REGCOOP_PYTHON3 AND TARGET regcoop_cli)
  foreach(_check import upper dyads)
    add_test(NAME cow_excerpt_${_check}
             COMMAND ${REGCOOP_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/check_cow.py $<TARGET_FILE:regcoop_cli>
                     ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/cow-${_check} ${_check})
    set_tests_properties(cow_excerpt_${_check} PROPERTIES SKIP_RETURN_CODE 77 LABELS cow TIMEOUT 600)
  endforeach()
endif()
