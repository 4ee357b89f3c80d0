# Geography on real borders (Natural Earth 1:10m from npm world-atlas).
# Included from tests/CMakeLists.txt.
#
# check_geography.mjs reads the network as `regcoop export --format json` prints it and checks
# it against the country polygons of npm's `world-atlas` (countries-10m.json, read with
# `topojson-client`): every node inside its country's polygon or within 1 km of its border;
# every rail or road segment between two countries joins land neighbours. It exits 77 (skipped)
# when world-atlas or topojson-client is not installed (`npm install -g world-atlas@2
# topojson-client@3`); without node the tests print "SKIP:" and are skipped likewise.
if(TARGET regcoop_cli)
  find_program(REGCOOP_NODE NAMES node nodejs)
  set(_geo_script ${CMAKE_CURRENT_SOURCE_DIR}/check_geography.mjs)
  set(_geo_common --cli $<TARGET_FILE:regcoop_cli>
                  --countries ${PROJECT_SOURCE_DIR}/include/regcoop/detail/country_table.hpp --tolerance-km 1)
  set(_geo_tests geography_nodes_on_real_borders geography_detects_a_misplaced_node)
  if(REGCOOP_NODE)
    # The embedded network, as the CLI exports it.
    add_test(NAME geography_nodes_on_real_borders
             COMMAND ${REGCOOP_NODE} ${_geo_script} ${_geo_common} --data china-central-asia)
    # The check can fail: a node put in a country it is not in (Akhalkalaki, Georgia, said to
    # be in Iran) fails as a node, and its rail segment from Tbilisi as joining two countries
    # that share no border.
    add_test(NAME geography_detects_a_misplaced_node
             COMMAND ${REGCOOP_NODE} ${_geo_script} ${_geo_common} --data china-central-asia
                     --set akhalkalaki.country=IR)
    set_tests_properties(geography_detects_a_misplaced_node PROPERTIES
      PASS_REGULAR_EXPRESSION
        "FAIL [^\n]*node akhalkalaki [^\n]*country IR \\(Iran, 364\\); the point is in Georgia \\(268\\); [0-9.]+ km from Iran's border\nFAIL [^\n]*segment tbilisi-akhalkalaki \\(rail\\)[^\n]*not land neighbours[^\n]*\n[^\n]*2 failure\\(s\\)")
  else()
    foreach(_t IN LISTS _geo_tests)
      add_test(NAME ${_t} COMMAND ${CMAKE_COMMAND} -E echo "SKIP: node (Node.js) not found")
    endforeach()
  endif()
  set_tests_properties(${_geo_tests} PROPERTIES SKIP_RETURN_CODE 77 SKIP_REGULAR_EXPRESSION "SKIP: " LABELS geography)
endif()
