# GeoJSON in and out: what a round trip keeps, real GIS tools.
# Included from tests/CMakeLists.txt.
if(TARGET regcoop_cli)
  set(_gj_dir ${CMAKE_CURRENT_BINARY_DIR}/geojson)
  set(_gj_file ${_gj_dir}/corridors.geojson)
  # regcoop export --format geojson > corridors.geojson (written under the build dir).
  file(MAKE_DIRECTORY ${_gj_dir})
  add_test(NAME geojson_export_corridors COMMAND $<TARGET_FILE:regcoop_cli> export --format geojson --output ${_gj_file})
  set_tests_properties(geojson_export_corridors PROPERTIES FIXTURES_SETUP geojson_corridors)
  # The export merged with the organisations routes on a date as the embedded data does:
  # the KZ→RU crossing lies inside the EAEU (its memberships come from the organisations).
  add_test(NAME geojson_merged_route_on_date
           COMMAND ${CMAKE_COMMAND}
                   "-DCMD=$<TARGET_FILE:regcoop_cli>|route|--from|xian|--to|duisburg|--on|2020-01-01|--data|${_gj_file}+eurasian-organisations"
                   -DEXIT=0 "-DSTDOUT=KZ→RU [^\n]*inside customs union EAEU" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
  set_tests_properties(geojson_merged_route_on_date PROPERTIES FIXTURES_REQUIRED geojson_corridors)
  # The merged data shows: Russia is one party (no 'Russian Federation' vs 'Russia' clash).
  add_test(NAME geojson_merged_show
           COMMAND ${CMAKE_COMMAND} "-DCMD=$<TARGET_FILE:regcoop_cli>|show|--data|${_gj_file}+eurasian-organisations"
                   -DEXIT=0 "-DSTDOUT=corridors\t[1-9]" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
  set_tests_properties(geojson_merged_show PROPERTIES FIXTURES_REQUIRED geojson_corridors)
  # A multi-part MultiLineString is refused naming the feature's id.
  add_test(NAME geojson_multi_part_line_refused
           COMMAND ${CMAKE_COMMAND} "-DCMD=$<TARGET_FILE:regcoop_cli>|show|--data|${CMAKE_CURRENT_SOURCE_DIR}/data/bad-geojson/multi-part-line.geojson"
                   -DEXIT=2 "-DSTDERR=multi-part-line.geojson#/features/2/geometry/coordinates \\(segments/a-b-twice\\): a MultiLineString of 2 lines"
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
  # What ogr2ogr -nlt PROMOTE_TO_MULTI writes (MultiPoints and a MultiLineString of one
  # part) routes like the plain file: the committed output, and a fresh one where GDAL is.
  add_test(NAME geojson_promoted_to_multi_routes
           COMMAND ${CMAKE_COMMAND} "-DCMD=$<TARGET_FILE:regcoop_cli>|route|--from|khorgos|--to|altynkol|--data|${CMAKE_CURRENT_SOURCE_DIR}/data/geojson/khorgos-line.promote-to-multi.geojson"
                   -DEXIT=0 "-DSTDOUT=Khorgos → Altynkol: " -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
  find_program(REGCOOP_GJ_OGR2OGR ogr2ogr)
  if(REGCOOP_GJ_OGR2OGR)
    # ogr2ogr cannot overwrite a GeoJSON file ("DeleteLayer() not supported"): the last run's
    # output is removed first, so the test passes again in the same build folder.
    add_test(NAME geojson_ogr2ogr_clean COMMAND ${CMAKE_COMMAND} -E rm -f ${_gj_dir}/khorgos-line.multi.geojson)
    set_tests_properties(geojson_ogr2ogr_clean PROPERTIES FIXTURES_SETUP geojson_ogr2ogr_clean)
    add_test(NAME geojson_ogr2ogr_promote_to_multi
             COMMAND ${REGCOOP_GJ_OGR2OGR} -f GeoJSON -nlt PROMOTE_TO_MULTI ${_gj_dir}/khorgos-line.multi.geojson
                     ${CMAKE_CURRENT_SOURCE_DIR}/data/geojson/khorgos-line.geojson)
    set_tests_properties(geojson_ogr2ogr_promote_to_multi PROPERTIES FIXTURES_SETUP geojson_ogr2ogr
                         FIXTURES_REQUIRED geojson_ogr2ogr_clean)
    add_test(NAME geojson_ogr2ogr_output_routes
             COMMAND ${CMAKE_COMMAND} "-DCMD=$<TARGET_FILE:regcoop_cli>|route|--from|khorgos|--to|altynkol|--data|${_gj_dir}/khorgos-line.multi.geojson"
                     -DEXIT=0 "-DSTDOUT=Khorgos → Altynkol: " -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
    set_tests_properties(geojson_ogr2ogr_output_routes PROPERTIES FIXTURES_REQUIRED geojson_ogr2ogr)
  endif()
  # GDAL opens the export (the foreign member is allowed by RFC 7946 §6.1).
  find_program(REGCOOP_GJ_OGRINFO ogrinfo)
  if(REGCOOP_GJ_OGRINFO)
    add_test(NAME geojson_export_ogrinfo COMMAND ${CMAKE_COMMAND} "-DCMD=${REGCOOP_GJ_OGRINFO}|-ro|-al|-so|${_gj_file}"
                                                 -DEXIT=0 "-DSTDOUT=Feature Count: [1-9]" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
    set_tests_properties(geojson_export_ogrinfo PROPERTIES FIXTURES_REQUIRED geojson_corridors)
  endif()
endif()
