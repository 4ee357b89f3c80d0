# The command-line program, run as a user would: one ctest per command line, exit code and
# expected output (cli_expect.cmake). Included from tests/CMakeLists.txt.
if(TARGET regcoop_cli)
  function(regcoop_cli_test name exit)
    cmake_parse_arguments(T "" "STDOUT;STDERR;STDOUT_NOT" "ARGS" ${ARGN})
    set(_defs -DEXIT=${exit})
    if(DEFINED T_STDOUT)
      list(APPEND _defs "-DSTDOUT=${T_STDOUT}")
    endif()
    if(DEFINED T_STDERR)
      list(APPEND _defs "-DSTDERR=${T_STDERR}")
    endif()
    if(DEFINED T_STDOUT_NOT)
      list(APPEND _defs "-DSTDOUT_NOT=${T_STDOUT_NOT}")
    endif()
    string(REPLACE ";" "|" _cmd "$<TARGET_FILE:regcoop_cli>;${T_ARGS}")
    add_test(NAME cli_${name} COMMAND ${CMAKE_COMMAND} "-DCMD=${_cmd}" ${_defs} -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
  endfunction()
  regcoop_cli_test(help 0 ARGS --help STDOUT "usage: regcoop COMMAND")
  regcoop_cli_test(no_args 2 ARGS "" STDERR "usage: regcoop")
  regcoop_cli_test(unknown_command 2 ARGS frobnicate STDERR "unknown command 'frobnicate'")
  regcoop_cli_test(show_counts 0 ARGS show STDOUT "projects\t18")
  regcoop_cli_test(show_help 0 ARGS show --help STDOUT "usage: regcoop show")
  regcoop_cli_test(show_kind 0 ARGS show agreements STDOUT "visa-cn-kz\tChina–Kazakhstan mutual visa exemption agreement")
  regcoop_cli_test(show_record 0 ARGS show indicators trade-cn-c5-2024 STDOUT "\"value\": 94800000000")
  regcoop_cli_test(show_missing 1 ARGS show projects no-such-project STDERR "no such record")
  regcoop_cli_test(show_bad_kind 2 ARGS show widgets STDERR "unknown kind 'widgets'")
  regcoop_cli_test(validate_shipped 0 ARGS validate ${PROJECT_SOURCE_DIR}/data/china-central-asia.json STDOUT "ok: .*: [0-9]+ records")
  regcoop_cli_test(validate_bad 2 ARGS validate ${CMAKE_CURRENT_SOURCE_DIR}/data/schema-bad/month-13.json
                   STDERR "invalid_date: .*month-13.json#/events/0/date \\(events/e\\): month 13 out of range")
  regcoop_cli_test(validate_missing_file 2 ARGS validate /nonexistent/x.json STDERR "io_error")
  regcoop_cli_test(export_json 0 ARGS export --format json STDOUT "\"sources\": \\[")
  regcoop_cli_test(export_bad_format 2 ARGS export --format xml STDERR "--format: 'xml' is not one of: json, schema, scenario-schema, mapping-schema, csv, geojson, dot")
  regcoop_cli_test(export_no_format 2 ARGS export STDERR "needs --format")
  regcoop_cli_test(option_without_value 2 ARGS show --data STDERR "needs a value")
  regcoop_cli_test(data_option 0 ARGS show parties --data ${PROJECT_SOURCE_DIR}/data/china-central-asia.json STDOUT "KZ\tKazakhstan")
endif()

if(TARGET regcoop_cli)
  regcoop_cli_test(query_energy_kz 0 ARGS query projects --party KZ --sector energy
                   STDOUT "turgusun-hpp\tTurgusun hydropower project\nshymkent-refinery")
  regcoop_cli_test(query_csv 0 ARGS query agreements --kind visa_exemption --format csv STDOUT "^id,name,kind,")
  regcoop_cli_test(query_json 0 ARGS query events --from 2025-05 --to 2025-05 --format json STDOUT "^\\[\n  {\n    \"id\": \"transport-ministers-2025\"")
  regcoop_cli_test(query_none 1 ARGS query projects --sector culture --country KZ STDERR "no projects match")
  regcoop_cli_test(query_bad_sector 2 ARGS query projects --sector weather STDERR "'weather' is not one of")
  regcoop_cli_test(query_bad_date 2 ARGS query events --from 2025-13 STDERR "--from: '2025-13': month 13 out of range")
  regcoop_cli_test(query_help 0 ARGS query --help STDOUT "usage: regcoop query KIND")
  regcoop_cli_test(route_avoid_russia 0 ARGS route --from "Xi'an" --avoid RU
                   STDOUT "Xi'an → Duisburg: [0-9]+ km, [0-9.]+ h\n  countries: CN → KZ .*AZ → GE")
  regcoop_cli_test(route_on_hours 0 ARGS route --from xian --to duisburg --on 2020-01-01 --weight hours --customs-hours 24
                   STDOUT "hours: running [0-9.]+, border clearance 48.0, transshipment 0.0, ferry waiting 0.0\n  border crossings: 5\n    CN→KZ \\(alashankou-dostyk\\): customs border, 24.0 h\n    KZ→RU \\(petropavl-yekaterinburg\\): inside customs union EAEU, no customs clearance")
  regcoop_cli_test(route_on_partial_certain 1 ARGS route --from kashgar --to tashkent --on 2030
                   --scenario ${PROJECT_SOURCE_DIR}/examples/scenarios/uzbekistan-joins-eaeu.json STDERR "no route from 'kashgar'")
  regcoop_cli_test(route_on_partial_possible 0 ARGS route --from kashgar --to tashkent --on 2030 --certainty possible
                   --scenario ${PROJECT_SOURCE_DIR}/examples/scenarios/uzbekistan-joins-eaeu.json
                   STDOUT "possibly not open on the date: \\[kashgar-torugart\\] \\[torugart-jalal-abad\\] \\[jalal-abad-andijan\\]")
  regcoop_cli_test(route_scenario_file 0 ARGS route --from kashgar --to tashkent --on 2031-01-01
                   --scenario ${PROJECT_SOURCE_DIR}/examples/scenarios/uzbekistan-joins-eaeu.json
                   STDOUT "countries: CN → KG → UZ.*KG→UZ \\(jalal-abad-andijan\\): inside customs union EAEU")
  regcoop_cli_test(route_scenario_missing 2 ARGS route --from xian --scenario /nonexistent.json STDERR "--scenario: .*cannot open the file '/nonexistent.json'")
  regcoop_cli_test(route_scenario_bad 2 ARGS route --from xian --scenario ${CMAKE_CURRENT_SOURCE_DIR}/data/bad-scenario.json
                   STDERR "bad-scenario.json#/join/0/member.*bad-scenario.json#/join/0/from")
  regcoop_cli_test(route_bad_hours 2 ARGS route --from xian --customs-hours -3 STDERR "--customs-hours: '-3' is not a number of hours")
  regcoop_cli_test(route_k_geojson_one_document 0 ARGS route --from xian --to duisburg --avoid RU --k 3 --format geojson
                   STDOUT "^{\"type\":\"FeatureCollection\",\"features\":\\[\n[^\n]*\"route\":1,[^\n]*\n[^\n]*\"route\":2,[^\n]*\n[^\n]*\"route\":3,[^\n]*\n\\]}\n$")
  regcoop_cli_test(route_k_dot_one_graph 0 ARGS route --from xian --to duisburg --avoid RU --k 3 --format dot
                   STDOUT "^digraph routes [{].*cluster_1.*cluster_2.*cluster_3")
  # Real readers open the route documents: GDAL's ogrinfo sees one layer of three features,
  # Graphviz renders the three-route graph to one picture.
  function(regcoop_output_opens name reader expect)
    string(REPLACE ";" "|" _cmd "$<TARGET_FILE:regcoop_cli>;${ARGN}")
    add_test(NAME cli_${name}
             COMMAND ${CMAKE_COMMAND} "-DCMD=${_cmd}" -DFILE=${CMAKE_CURRENT_BINARY_DIR}/${name}.out "-DREADER=${reader}"
                     "-DEXPECT=${expect}" -P ${CMAKE_CURRENT_SOURCE_DIR}/output_opens.cmake)
  endfunction()
  find_program(REGCOOP_OGRINFO ogrinfo)
  if(REGCOOP_OGRINFO)
    regcoop_output_opens(route_k_geojson_ogrinfo "${REGCOOP_OGRINFO}|-ro|-al|-so" "Feature Count: 3"
                         route --from xian --to duisburg --avoid RU --k 3 --format geojson)
  endif()
  find_program(REGCOOP_GRAPHVIZ_DOT dot)
  if(REGCOOP_GRAPHVIZ_DOT)
    regcoop_output_opens(route_k_dot_renders "${REGCOOP_GRAPHVIZ_DOT}|-Tsvg" "<svg.*route 1.*route 2.*route 3.*</svg>"
                         route --from xian --to duisburg --avoid RU --k 3 --format dot)
  endif()
  # Foreign tables through the shipped mappings: the JSON printed validates, and reads as --data.
  set(_tables ${PROJECT_SOURCE_DIR}/examples/tables)
  regcoop_output_opens(import_gcdf_validates "$<TARGET_FILE:regcoop_cli>|validate" "ok: .*: 12 records"
                       import --map ${_tables}/gcdf-3-sample.map.json ${_tables}/gcdf-3-sample.csv)
  regcoop_output_opens(import_cow_igo_validates "$<TARGET_FILE:regcoop_cli>|members|SCO|--on|2013-07-01|--role|observer|--data"
                       "MN\tMongolia\tobserver\tcertainly\nAF\tAfghanistan\tobserver\tcertainly"
                       import --map ${_tables}/cow-igo-3-sample.map.json --kind parties ${_tables}/cow-igo-3-sample.csv)
  regcoop_cli_test(import_bad_value 2 ARGS import --map ${CMAKE_CURRENT_SOURCE_DIR}/data/bad-mapping/unmapped-value.json
                   ${_tables}/gcdf-3-sample.csv STDERR "invalid_value: .*/gcdf-3-sample.csv:2:12 \\(Status → status\\) \\(projects/gcdf-90001\\): 'Completion' is not in the value map")
  regcoop_cli_test(import_bad_kind 2 ARGS import --map ${_tables}/gcdf-3-sample.map.json --kind parties ${_tables}/gcdf-3-sample.csv
                   STDERR "--kind: the mapping has no rule for 'parties' \\(it has: projects\\)")
  regcoop_cli_test(import_no_map 2 ARGS import ${_tables}/gcdf-3-sample.csv STDERR "usage: regcoop import --map")
  regcoop_cli_test(export_mapping_schema 0 ARGS export --format mapping-schema STDOUT "\"title\": \"regcoop table mapping\"")
  foreach(_data china-central-asia eurasian-organisations)
    add_test(NAME cli_csv_folder_round_trip_${_data}
             COMMAND ${CMAKE_COMMAND} -DREGCOOP=$<TARGET_FILE:regcoop_cli> -DDATA=${_data}
                     -DDIR=${CMAKE_CURRENT_BINARY_DIR}/csv-round-trip-${_data} -P ${CMAKE_CURRENT_SOURCE_DIR}/csv_round_trip.cmake)
  endforeach()
  regcoop_cli_test(route_own_geojson 0 ARGS route --from Almaty --to Bishkek --data ${CMAKE_CURRENT_SOURCE_DIR}/data/geojson/two-cities.geojson
                   STDOUT "Almaty → Bishkek: 1[0-9][0-9]\\.[0-9]+ km.*KZ→KG \\(feature-2\\): customs border")
  regcoop_cli_test(bad_geojson 2 ARGS show --data ${CMAKE_CURRENT_SOURCE_DIR}/data/geojson/five-problems.geojson
                   STDERR "five-problems.geojson#/features/0/properties/id[^:]*: a Point feature needs an 'id' property")
  regcoop_cli_test(validate_csv_folder 2 ARGS validate ${CMAKE_CURRENT_SOURCE_DIR}/data/csv-problems
                   STDERR "5 problems:\n  missing_field: .*/parties.csv:4:1 \\(id\\) \\(parties/#2\\): .*invalid_date: .*/parties.csv:5:7 \\(founded\\) \\(parties/CU\\): month 13.*type_mismatch: .*/segments.csv:2:5 \\(length_km\\).*dangling_reference: .*/parties.csv:5:6 \\(members\\) \\(parties/CU\\): /0/member.*invalid_value: .*/segments.csv:3:5 \\(length_km\\) \\(segments/ba\\): negative length")
  regcoop_cli_test(validate_geojson 0 ARGS validate ${CMAKE_CURRENT_SOURCE_DIR}/data/geojson/two-cities.geojson STDOUT "^ok: .*two-cities.geojson: 5 records")
  regcoop_cli_test(export_scenario_schema 0 ARGS export --format scenario-schema STDOUT "\"title\": \"regcoop scenario\"")
  regcoop_cli_test(route_cku 0 ARGS route --from xian --to duisburg --avoid RU,KZ --via-scenario cku
                   STDOUT "countries: CN → KG → UZ")
  regcoop_cli_test(route_none 1 ARGS route --from xian --to duisburg --avoid RU,KZ STDERR "no route from 'xian' to 'duisburg'")
  regcoop_cli_test(route_k 0 ARGS route --from xian --to duisburg --avoid RU --k 3 STDOUT "Duisburg.*Duisburg.*Duisburg")
  regcoop_cli_test(route_geojson 0 ARGS route --from xian --to duisburg --format geojson STDOUT "\"type\":\"LineString\"")
  regcoop_cli_test(route_bad_node 2 ARGS route --from Atlantis STDERR "--from: no nodes record has the id, name or alias 'Atlantis'")
  regcoop_cli_test(route_bad_k 2 ARGS route --from xian --k many STDERR "--k: 'many' is not a whole number in 1..1000")
  regcoop_cli_test(export_csv 0 ARGS export --format csv --kind projects STDOUT "^id,name,aliases,kind")
  regcoop_cli_test(export_csv_no_kind 2 ARGS export --format csv STDERR "--format csv needs --kind KIND, or --output FOLDER/")
  regcoop_cli_test(export_csv_folder_with_kind 2 ARGS export --format csv --kind parties --output ${CMAKE_CURRENT_BINARY_DIR}/csv-folder/
                   STDERR "--kind: a folder")
  regcoop_cli_test(export_dot 0 ARGS export --format dot STDOUT "^graph corridors")
  regcoop_cli_test(export_dot_mechanism 0 ARGS export --format dot --mechanism c5-us STDOUT "\"US\" -- \"KZ\"")
  regcoop_cli_test(diff_changes 0 ARGS diff ${CMAKE_CURRENT_SOURCE_DIR}/data/small-a.json ${CMAKE_CURRENT_SOURCE_DIR}/data/small-b.json
                   STDOUT "added parties/UZ\nchanged projects/p status_history/0/since: 2020 -> 2021")
  # Parties by id, ISO code or name in any case; the same answer each way.
  foreach(_kz Kazakhstan KAZ kz 398 kazakhstan)
    regcoop_cli_test(query_country_${_kz} 0 ARGS query projects --country ${_kz} --sector energy
                     STDOUT "turgusun-hpp\tTurgusun hydropower project\nshymkent-refinery")
  endforeach()
  regcoop_cli_test(query_party_by_name 0 ARGS query projects --party Kazakhstan --sector energy STDOUT "shymkent-refinery")
  regcoop_cli_test(route_by_alias 0 ARGS route --from XIAN --to Duisburg --avoid Russia STDOUT "Xi'an → Duisburg")

  # No silently ignored input: a bad value of every option exits 2 naming the option and the value.
  regcoop_cli_test(bad_avoid 2 ARGS route --from xian --to duisburg --avoid XX STDERR "--avoid: no parties record has the id, ISO code, name or alias 'XX'")
  regcoop_cli_test(bad_avoid_empty_item 2 ARGS route --from xian --to duisburg --avoid RU, STDERR "--avoid: empty item in 'RU,'")
  regcoop_cli_test(bad_avoid_not_country 2 ARGS route --from xian --to duisburg --avoid EU STDERR "--avoid: 'EU' is not a country")
  regcoop_cli_test(bad_avoid_border 2 ARGS route --from xian --to duisburg --avoid-border KZRU STDERR "--avoid-border: 'KZRU' is not a pair like KZ-RU")
  regcoop_cli_test(bad_avoid_border_country 2 ARGS route --from xian --to duisburg --avoid-border KZ-XX STDERR "--avoid-border: no parties record .* 'XX'")
  regcoop_cli_test(bad_to 2 ARGS route --from xian --to Atlantis STDERR "--to: no nodes record has the id, name or alias 'Atlantis'")
  regcoop_cli_test(bad_mode 2 ARGS route --from xian --to duisburg --mode rail,boat STDERR "--mode: 'boat' is not one of: rail, road, sea, ferry, air")
  regcoop_cli_test(bad_weight 2 ARGS route --from xian --to duisburg --weight fast STDERR "--weight: 'fast' is not one of: km, hours, border_crossings")
  regcoop_cli_test(bad_max_crossings 2 ARGS route --from xian --to duisburg --max-crossings -1 STDERR "--max-crossings: '-1' is not a whole number in 0..1000")
  regcoop_cli_test(bad_max_crossings_text 2 ARGS route --from xian --to duisburg --max-crossings 3x STDERR "--max-crossings: '3x' is not a whole number")
  regcoop_cli_test(bad_k_zero 2 ARGS route --from xian --to duisburg --k 0 STDERR "--k: '0' is not a whole number in 1..1000")
  regcoop_cli_test(bad_scenario 2 ARGS route --from xian --to duisburg --via-scenario atlantis-line STDERR "--via-scenario: no corridors record has the id, name or alias 'atlantis-line'")
  regcoop_cli_test(bad_route_format 2 ARGS route --from xian --to duisburg --format svg STDERR "--format: 'svg' is not one of: text, geojson, dot")
  regcoop_cli_test(route_no_from 2 ARGS route --to duisburg STDERR "route needs --from NODE")
  regcoop_cli_test(bad_party 2 ARGS query projects --party Atlantis STDERR "--party: no parties record has the id, ISO code, name or alias 'Atlantis'")
  regcoop_cli_test(bad_country 2 ARGS query projects --country XX STDERR "--country: no parties record .*'XX'")
  regcoop_cli_test(bad_query_kind 2 ARGS query agreements --kind railway STDERR "--kind: 'railway' is not one of: .*visa_exemption")
  regcoop_cli_test(bad_query_kind_for_kindless 2 ARGS query indicators --kind trade STDERR "--kind: indicators have no kind")
  regcoop_cli_test(bad_status 2 ARGS query projects --status finished STDERR "--status: 'finished' is not one of: .*operating")
  regcoop_cli_test(bad_status_for_statusless 2 ARGS query events --status operating STDERR "--status: events have no status")
  regcoop_cli_test(bad_mechanism 2 ARGS query events --mechanism c5-mars STDERR "--mechanism: no mechanisms record has the id, name or alias 'c5-mars'")
  regcoop_cli_test(bad_to_date 2 ARGS query events --to 2025-02-30 STDERR "--to: '2025-02-30': day 30 out of range for 2025-02")
  regcoop_cli_test(bad_date_order 2 ARGS query events --from 2025 --to 2024 STDERR "--to: 2024 ends before --from 2025 begins")
  regcoop_cli_test(bad_query_format 2 ARGS query events --format xml STDERR "--format: 'xml' is not one of: table, csv, json")
  regcoop_cli_test(bad_query_kind_name 2 ARGS query widgets STDERR "unknown kind 'widgets' \\(one of: sources, parties")
  regcoop_cli_test(bad_export_kind 2 ARGS export --format csv --kind widgets STDERR "--kind: unknown kind 'widgets'")
  regcoop_cli_test(bad_export_kind_format 2 ARGS export --format json --kind projects STDERR "--kind applies to --format csv only")
  regcoop_cli_test(bad_export_mechanism 2 ARGS export --format dot --mechanism c5-mars STDERR "--mechanism: no mechanisms record has the id, name or alias 'c5-mars'")
  regcoop_cli_test(bad_data 2 ARGS show --data /nonexistent/x.json STDERR "--data: .*cannot open the file")
  regcoop_cli_test(bad_output 2 ARGS export --format schema --output /nonexistent/dir/x.json STDERR "--output: cannot write /nonexistent/dir/x.json")
  regcoop_cli_test(unknown_option 2 ARGS query projects --colour red STDERR "unknown option --colour")
  regcoop_cli_test(option_twice 2 ARGS query projects --sector energy --sector transport STDERR "option --sector is given twice \\('energy', then 'transport'\\); give it once")
  regcoop_cli_test(extra_argument 2 ARGS show projects cku-railway extra STDERR "unexpected argument 'extra'")
  # Organisations and memberships (issue: dated roles, as-of answers, dyad-years).
  set(_org ${CMAKE_CURRENT_SOURCE_DIR}/data/organisations.json)
  regcoop_cli_test(members_sco_2017 0 ARGS members SCO --on 2017-07-01 --data eurasian-organisations
                   STDOUT "^member\tname\trole\tsure\nCN\tChina\tfull_member\tcertainly\nKZ.*\nKG.*\nRU.*\nTJ.*\nUZ.*\nIN.*\nPK\tPakistan\tfull_member\tcertainly\n$")
  regcoop_cli_test(members_sco_observers 0 ARGS members SCO --on 2017-07-01 --data eurasian-organisations --role observer
                   STDOUT "^member\tname\trole\tsure\nMN\tMongolia\tobserver\tcertainly\nAF\tAfghanistan\tobserver\tcertainly\n$")
  regcoop_cli_test(members_by_name 0 ARGS members "Shanghai Cooperation Organisation" --on 2024-12-31 --data eurasian-organisations
                   STDOUT "BY\tBelarus\tfull_member\tcertainly")
  regcoop_cli_test(memberships_kz_2016 0 ARGS memberships KZ --on 2016-01-01
                   STDOUT "^organisation\tname\trole\tsure\nSCO\t.*\nEAEU\t")
  regcoop_cli_test(memberships_by_name 0 ARGS memberships Kazakhstan --on 2016-01-01 --data ${_org} STDOUT "^organisation\tname\trole\tsure\nSCO\t.*\nEAEU\t")
  regcoop_cli_test(shared_kz_kg 0 ARGS shared KZ Kyrgyzstan --on 2016-01-01 --data ${_org}
                   STDOUT "^organisation\tname\trole_a\trole_b\tsure\nSCO\t.*full_member\tfull_member\tcertainly\nEAEU\t")
  regcoop_cli_test(shared_none 1 ARGS shared KZ IN --on 2016-01-01 --data ${_org} STDERR "share no organisation")
  regcoop_cli_test(shared_any_role 0 ARGS shared KZ IN --on 2016-01-01 --role any --data ${_org} STDOUT "SCO\t.*\tfull_member\tobserver\t")
  regcoop_cli_test(dyads_csv 0 ARGS dyads --from 2015 --to 2015 --format csv --data ${_org}
                   STDOUT "^a,b,year,count,organisations\r\n.*KG,KZ,2015,2,SCO\\|EAEU\r\n")
  regcoop_cli_test(query_on_in_force 0 ARGS query agreements --party KZ --on 2021-01-01 --data ${_org} STDOUT "fta\t.*eu-kz-epca")
  regcoop_cli_test(query_on_not_ratified 1 ARGS query agreements --party KG --on 2021-01-01 --data ${_org})
  regcoop_cli_test(query_party_dates_gb 1 ARGS query agreements --party GB --from 2020-03-01 --data ${_org})
  regcoop_cli_test(bad_role 2 ARGS members SCO --role boss --data eurasian-organisations STDERR "--role: 'boss' is not one of: any, full_member")
  regcoop_cli_test(bad_on 2 ARGS members SCO --on 2017-02-30 --data eurasian-organisations STDERR "--on: '2017-02-30': day 30 out of range")
  regcoop_cli_test(bad_certainty 2 ARGS memberships KZ --certainty maybe STDERR "--certainty: 'maybe' is not one of: certain, possible")
  regcoop_cli_test(bad_members_org 2 ARGS members Atlantis --data eurasian-organisations STDERR "ORG 'Atlantis': no parties record .*'Atlantis'")
  regcoop_cli_test(bad_dyads_years 2 ARGS dyads --from 2020 --to 2010 STDERR "--to: 2010 is before --from 2020")
  regcoop_cli_test(bad_dyads_missing 2 ARGS dyads --from 2020 STDERR "dyads needs --from YEAR and --to YEAR")
  regcoop_cli_test(bad_query_on_kind 2 ARGS query projects --on 2020-01-01 STDERR "^regcoop: --on: only agreements are in force \\(projects are not\\)")
  regcoop_cli_test(bad_data_name 2 ARGS show --data eurasian-organizations
                   STDERR "--data: cannot open the file 'eurasian-organizations': it does not exist, nor is it an embedded dataset \\(china-central-asia, eurasian-organisations\\)")
  regcoop_cli_test(data_merge_clash 2 ARGS show --data ${_org}+eurasian-organisations STDERR "--data: .*parties/EAEU/organisation: the second dataset holds a different record with this id")
  regcoop_cli_test(diff_same 1 ARGS diff ${CMAKE_CURRENT_SOURCE_DIR}/data/small-a.json ${CMAKE_CURRENT_SOURCE_DIR}/data/small-a.json)

  # regcoop export --format geojson opens as valid GeoJSON: parse it back.
  if(REGCOOP_PYTHON3)
    add_test(NAME cli_export_geojson_parses
             COMMAND ${CMAKE_COMMAND} -E env ${REGCOOP_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/check_geojson.py $<TARGET_FILE:regcoop_cli>)
    add_test(NAME cli_export_csv_reads_back
             COMMAND ${REGCOOP_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/check_csv.py $<TARGET_FILE:regcoop_cli>)
  endif()
endif()

# One set of defaults, one table printer, closed values in any case, names where ids work,
# files named in every error (issue #23).
if(TARGET regcoop_cli)
  set(_uz_eaeu ${PROJECT_SOURCE_DIR}/examples/scenarios/uzbekistan-joins-eaeu.json)
  regcoop_cli_test(version 0 ARGS --version STDOUT "^regcoop [0-9]+\\.[0-9]+\\.[0-9]+\n$")
  # Every command reads both embedded datasets and counts full members unless told otherwise.
  regcoop_cli_test(memberships_default_data 0 ARGS memberships KZ --on 2010-01-01
                   STDOUT "^organisation\tname\trole\tsure\nSCO\tShanghai Cooperation Organisation\tfull_member\tcertainly\n")
  regcoop_cli_test(dyads_default_data 0 ARGS dyads --from 2015 --to 2015 STDOUT "\nKG\tKZ\t2015\t[0-9]+\tSCO\\|EAEU\\|")
  regcoop_cli_test(memberships_full_by_default 1 ARGS memberships IN --on 2016-01-01 --data ${_org}
                   STDOUT "^organisation\tname\trole\tsure\n$" STDERR "IN belongs to no organisation then")
  regcoop_cli_test(memberships_role_any 0 ARGS memberships IN --on 2016-01-01 --role any --data ${_org}
                   STDOUT "\nSCO\tShanghai Cooperation Organisation\tobserver\tcertainly\tcertainly\n")
  # What --certainty certain hides is counted, and shown with --certainty possible.
  regcoop_cli_test(members_hidden_possibly 1 ARGS members SCO --role observer --on 2004-06-01
                   STDOUT "^member\tname\trole\tsure\n$"
                   STDERR "^regcoop: no members of SCO match\nregcoop: 3 more possibly \\(partial dates or unknown status\\); --certainty possible lists them\n$")
  regcoop_cli_test(members_possible_listed 0 ARGS members SCO --role observer --on 2004-06-01 --certainty possible
                   STDOUT "MN\tMongolia\tobserver\tpossibly\n$" STDERR "^$")
  # A coarse date: some day of June 2017 (India and Pakistan joined on the 9th), or every day of it.
  regcoop_cli_test(members_some_day 0 ARGS members SCO --on 2017-06
                   STDOUT "IN\tIndia\tfull_member\tcertainly\nPK\tPakistan\tfull_member\tcertainly\n$"
                   STDERR "^regcoop: 2017-06 read as some day of 2017-06 \\(--days every: every day of it\\)\n$")
  regcoop_cli_test(members_every_day 0 ARGS members SCO --on 2017-06 --days every
                   STDOUT "UZ\tUzbekistan\tfull_member\tcertainly\n$" STDOUT_NOT "India"
                   STDERR "^regcoop: 2017-06 read as every day of 2017-06 \\(--days some: some day of it\\)\n$")
  regcoop_cli_test(dyads_hidden_possibly 0 ARGS dyads --from 2010 --to 2010 STDERR "[0-9]+ more dyad-year memberships possibly \\(partial dates or unknown status\\); --certainty possible lists them")
  regcoop_cli_test(query_hidden_possibly 0 ARGS query agreements --on 2025 STDERR "[0-9]+ more in force possibly \\(partial dates or unknown status\\); --certainty possible lists them")
  # One printer: a header row; RFC 4180 CSV with the column names; JSON objects with the same names.
  regcoop_cli_test(members_csv 0 ARGS members SCO --on 2017-07-01 --format csv
                   STDOUT "^member,name,role,sure\r\nCN,China,full_member,certainly\r\n")
  regcoop_cli_test(members_json 0 ARGS members SCO --on 2017-07-01 --format json
                   STDOUT "^\\[\n  {\"member\":\"CN\",\"name\":\"China\",\"role\":\"full_member\",\"sure\":\"certainly\"},\n")
  regcoop_cli_test(memberships_csv 0 ARGS memberships KZ --on 2016-01-01 --format csv
                   STDOUT "^organisation,name,role,sure\r\nSCO,")
  # RFC 4180 quoting and JSON escaping of a name holding a comma and quotes (fixture in the build tree).
  set(_quoted ${CMAKE_CURRENT_BINARY_DIR}/cli-files/quoted.json)
  file(WRITE ${_quoted} [=[{"parties": [
  {"id": "KZ", "name": "Kazakhstan", "iso_code": "KZ"},
  {"id": "ORG", "kind": "organisation", "name": "Union of \"Steppe\", Lakes", "organisation": "intergovernmental_organisation",
   "members": [{"member": "KZ", "role": "full_member", "period": {"from": "2001-06-15"}}]}]}
]=])
  regcoop_cli_test(memberships_csv_quoted 0 ARGS memberships KZ --on 2010 --data ${_quoted} --format csv
                   STDOUT "^organisation,name,role,sure\r\nORG,\"Union of \"\"Steppe\"\", Lakes\",full_member,certainly\r\n$")
  regcoop_cli_test(memberships_json_escaped 0 ARGS memberships KZ --on 2010 --data ${_quoted} --format json
                   STDOUT "^\\[\n  {\"organisation\":\"ORG\",\"name\":\"Union of \\\\\"Steppe\\\\\", Lakes\",\"role\":\"full_member\",\"sure\":\"certainly\"}\n\\]\n$")
  regcoop_cli_test(shared_json 0 ARGS shared KZ KG --on 2016-01-01 --format json
                   STDOUT "^\\[\n  {\"organisation\":\"SCO\",\"name\":\"Shanghai Cooperation Organisation\",\"role_a\":\"full_member\",\"role_b\":\"full_member\",\"sure\":\"certainly\"}")
  regcoop_cli_test(shared_csv 0 ARGS shared KZ KG --on 2016-01-01 --format csv STDOUT "^organisation,name,role_a,role_b,sure\r\nSCO,")
  regcoop_cli_test(dyads_json 0 ARGS dyads --from 2015 --to 2015 --format json
                   STDOUT "{\"a\":\"KG\",\"b\":\"KZ\",\"year\":2015,\"count\":[0-9]+,\"organisations\":\\[\"SCO\",\"EAEU\",")
  regcoop_cli_test(dyads_table_header 0 ARGS dyads --from 2015 --to 2015 STDOUT "^a\tb\tyear\tcount\torganisations\n")
  regcoop_cli_test(query_table_header 0 ARGS query projects --country KZ --sector energy STDOUT "^id\tname\nturgusun-hpp\t")
  regcoop_cli_test(query_sources_title 0 ARGS query sources --text iso3166 STDOUT "^id\ttitle\nref-iso3166\t")
  regcoop_cli_test(empty_csv_header_only 1 ARGS members SCO --on 1990 --format csv STDOUT "^member,name,role,sure\r\n$")
  regcoop_cli_test(empty_json_array 1 ARGS members SCO --on 1990 --format json STDOUT "^\\[\\]\n$")
  # --scenario for every dated command, answered over regcoop::apply.
  regcoop_cli_test(members_scenario 0 ARGS members EAEU --on 2031-01-01 --scenario ${_uz_eaeu} STDOUT "\nUZ\tUzbekistan\tfull_member\tcertainly\n")
  regcoop_cli_test(members_without_scenario 0 ARGS members EAEU --on 2031-01-01 STDOUT_NOT "Uzbekistan")
  regcoop_cli_test(memberships_scenario 0 ARGS memberships UZ --on 2031-01-01 --scenario ${_uz_eaeu} STDOUT "\nEAEU\tEurasian Economic Union\tfull_member")
  regcoop_cli_test(shared_scenario 0 ARGS shared KZ Uzbekistan --on 2031-01-01 --scenario ${_uz_eaeu} STDOUT "\nEAEU\t")
  regcoop_cli_test(dyads_scenario 0 ARGS dyads --from 2031 --to 2031 --scenario ${_uz_eaeu} STDOUT "\nKZ\tUZ\t2031\t[0-9]+\t[^\n]*EAEU")
  regcoop_cli_test(query_scenario 0 ARGS query agreements --on 2031-01-01 --scenario ${_uz_eaeu} STDOUT "^id\tname\n")
  regcoop_cli_test(members_scenario_bad 2 ARGS members EAEU --scenario ${CMAKE_CURRENT_SOURCE_DIR}/data/bad-scenario.json STDERR "--scenario: .*bad-scenario.json#/join/0/member")
  # show finds records as the options do: by id, name, alias or code, in any case.
  regcoop_cli_test(show_party_by_name 0 ARGS show parties Kazakhstan STDOUT "^{\n  \"id\": \"KZ\"")
  regcoop_cli_test(show_party_by_code 0 ARGS show parties KAZ STDOUT "^{\n  \"id\": \"KZ\"")
  regcoop_cli_test(show_node_by_name 0 ARGS show nodes "XI'AN" STDOUT "^{\n  \"id\": \"xian\"")
  regcoop_cli_test(show_kind_any_case 0 ARGS show Parties SCO STDOUT "\"name\": \"Shanghai Cooperation Organisation\"")
  # Closed values in any case.
  regcoop_cli_test(sector_any_case 0 ARGS query projects --sector Energy --country KZ STDOUT "turgusun-hpp\t")
  regcoop_cli_test(query_kind_any_case 0 ARGS query agreements --kind Visa_Exemption STDOUT "\nvisa-cn-kz\t")
  regcoop_cli_test(query_status_any_case 0 ARGS query projects --status OPERATING STDOUT "^id\tname\n[a-z]")
  regcoop_cli_test(query_kind_name_any_case 0 ARGS query PROJECTS --sector energy --country KZ STDOUT "turgusun-hpp\t")
  regcoop_cli_test(role_any_case 0 ARGS members SCO --on 2017-07-01 --role Observer STDOUT "\nMN\tMongolia\tobserver\t")
  regcoop_cli_test(role_any_word_any_case 0 ARGS memberships IN --on 2016-01-01 --role ANY --data ${_org} STDOUT "\nSCO\t")
  regcoop_cli_test(certainty_any_case 0 ARGS members SCO --on 2017-06 --certainty Possible STDOUT "\nIN\tIndia\t")
  regcoop_cli_test(format_any_case 0 ARGS members SCO --on 2017-07-01 --format CSV STDOUT "^member,name,role,sure\r\n")
  regcoop_cli_test(mode_weight_any_case 0 ARGS route --from xian --to duisburg --mode RAIL,Ferry --weight Hours STDOUT "Xi'an → Duisburg")
  regcoop_cli_test(export_format_any_case 0 ARGS export --format JSON --data china-central-asia STDOUT "\"sources\": \\[")
  regcoop_cli_test(mechanism_by_name 0 ARGS query events --mechanism "china–central asia MECHANISM" STDOUT "^id\tname\nsummit-2023-xian\t")
  # Positional arguments are named as such; unknown options list the valid ones.
  regcoop_cli_test(positional_party_named 2 ARGS memberships Atlantis STDERR "^regcoop: PARTY 'Atlantis': no parties record has the id, ISO code, name or alias 'Atlantis'\n$")
  regcoop_cli_test(positional_b_named 2 ARGS shared KZ Atlantis STDERR "^regcoop: B 'Atlantis': no parties record")
  regcoop_cli_test(positional_kind_named 2 ARGS show widgets STDERR "KIND 'widgets': unknown kind 'widgets'")
  regcoop_cli_test(unknown_option_lists_valid 2 ARGS members SCO --colour red
                   STDERR "unknown option --colour \\(members takes: --on, --days, --role, --certainty, --scenario, --format, --data\\)")
  regcoop_cli_test(unknown_option_format_show 2 ARGS show --format csv STDERR "unknown option --format \\(show takes: --data\\)")
  regcoop_cli_test(unknown_option_no_options 2 ARGS validate x.json --data y STDERR "unknown option --data \\(validate takes no options\\)")
  regcoop_cli_test(missing_positional 2 ARGS shared KZ STDERR "shared needs A B\n\nusage: regcoop shared A B")
  # --help lists every option the command takes (help and accepted options come from one table).
  set(_dated "--on DATE.*--role ROLE.*--certainty C.*--scenario FILE.*--format F.*--data SOURCE")
  foreach(_cmd members memberships shared)
    regcoop_cli_test(help_${_cmd} 0 ARGS ${_cmd} --help STDOUT "^usage: regcoop ${_cmd} .*options:\n.*${_dated}")
  endforeach()
  regcoop_cli_test(help_dyads 0 ARGS dyads --help STDOUT "--from YEAR.*--to YEAR.*--role ROLE.*--certainty C.*--scenario FILE.*--format F.*--data SOURCE")
  regcoop_cli_test(help_query 0 ARGS query --help
                   STDOUT "--party P.*--sector S.*--kind K.*--status S.*--country C.*--mechanism M.*--text T.*--from DATE.*--to DATE.*--on DATE.*--certainty C.*--scenario FILE.*--format F.*--data SOURCE")
  regcoop_cli_test(help_route 0 ARGS route --help
                   STDOUT "--from NODE.*--to NODE.*--on DATE.*--certainty C.*--avoid CC.*--avoid-border CC-CC.*--mode M.*--weight W.*--max-crossings N.*--via-scenario CORRIDOR.*--scenario FILE.*--k N.*--transshipment-hours H.*--customs-hours H.*--union-hours H.*--ferry-wait-hours H.*--format F.*--data SOURCE")
  regcoop_cli_test(help_export 0 ARGS export --help STDOUT "--format FORMAT.*--kind KIND.*--mechanism ID.*--output FILE.*--data SOURCE")
  regcoop_cli_test(help_import 0 ARGS import --help STDOUT "--map MAP.json.*--kind KIND.*--output FILE")
  regcoop_cli_test(help_show 0 ARGS show --help STDOUT "--data SOURCE")
  regcoop_cli_test(help_validate 0 ARGS validate --help STDOUT "^usage: regcoop validate SOURCE\n.*validate takes no options")
  regcoop_cli_test(help_diff 0 ARGS diff --help STDOUT "^usage: regcoop diff A B\n.*--data takes it.*diff takes no options")
  # The shipped mappings by their installed paths and in the source tree.
  regcoop_cli_test(import_help_mappings 0 ARGS import --help
                   STDOUT "Shipped mappings: [^\n]*/regcoop/mappings/gcdf-3.json,\n[^\n]*/regcoop/mappings/cow-igo-3.json\n.*data/mappings/gcdf-3.json")

  # Every command that reads a file: a folder, a missing file and an empty file exit 2 and
  # the message names the file. The fixtures live in the build tree.
  set(_files ${CMAKE_CURRENT_BINARY_DIR}/cli-files)
  file(MAKE_DIRECTORY ${_files}/folder)
  file(WRITE ${_files}/empty.json "")
  file(WRITE ${_files}/empty.csv "")
  set(_map ${PROJECT_SOURCE_DIR}/examples/tables/gcdf-3-sample.map.json)
  set(_csv ${PROJECT_SOURCE_DIR}/examples/tables/gcdf-3-sample.csv)
  set(_good ${CMAKE_CURRENT_SOURCE_DIR}/data/small-a.json)
  foreach(_case folder missing empty)
    if(_case STREQUAL folder)
      set(_f ${_files}/folder)
      set(_t ${_files}/folder)
    elseif(_case STREQUAL missing)
      set(_f ${_files}/missing.json)
      set(_t ${_files}/missing.csv)
    else()
      set(_f ${_files}/empty.json)
      set(_t ${_files}/empty.csv)
    endif()
    get_filename_component(_fname ${_f} NAME)
    get_filename_component(_tname ${_t} NAME)
    set(_named "cli-files/${_fname}")
    regcoop_cli_test(file_${_case}_show 2 ARGS show --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_query 2 ARGS query projects --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_route_data 2 ARGS route --from xian --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_export 2 ARGS export --format json --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_validate 2 ARGS validate ${_f} STDERR "${_named}")
    regcoop_cli_test(file_${_case}_diff_a 2 ARGS diff ${_f} ${_good} STDERR "${_named}")
    regcoop_cli_test(file_${_case}_diff_b 2 ARGS diff ${_good} ${_f} STDERR "${_named}")
    regcoop_cli_test(file_${_case}_members 2 ARGS members SCO --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_memberships 2 ARGS memberships KZ --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_shared 2 ARGS shared KZ KG --data ${_f} STDERR "--data: .*${_named}")
    regcoop_cli_test(file_${_case}_dyads 2 ARGS dyads --from 2015 --to 2015 --data ${_f} STDERR "--data: .*${_named}")
    if(NOT _case STREQUAL folder)  # a folder is a CSV folder for --data; elsewhere a file is expected
      regcoop_cli_test(file_${_case}_data_merged 2 ARGS show --data eurasian-organisations+${_f} STDERR "--data: .*${_named}")
    endif()
    # Scenarios, mappings and tables: a folder is no file.
    regcoop_cli_test(file_${_case}_route_scenario 2 ARGS route --from xian --to duisburg --scenario ${_f} STDERR "--scenario: .*${_named}")
    foreach(_cmd members memberships)
      regcoop_cli_test(file_${_case}_${_cmd}_scenario 2 ARGS ${_cmd} KZ --scenario ${_f} STDERR "--scenario: .*${_named}")
    endforeach()
    regcoop_cli_test(file_${_case}_shared_scenario 2 ARGS shared KZ KG --scenario ${_f} STDERR "--scenario: .*${_named}")
    regcoop_cli_test(file_${_case}_dyads_scenario 2 ARGS dyads --from 2015 --to 2015 --scenario ${_f} STDERR "--scenario: .*${_named}")
    regcoop_cli_test(file_${_case}_query_scenario 2 ARGS query agreements --on 2020 --scenario ${_f} STDERR "--scenario: .*${_named}")
    regcoop_cli_test(file_${_case}_import_map 2 ARGS import --map ${_f} ${_csv} STDERR "${_named}")
    regcoop_cli_test(file_${_case}_import_table 2 ARGS import --map ${_map} ${_t} STDERR "cli-files/${_tname}")
  endforeach()
  # The line of issue #23: a folder given as the scenario.
  regcoop_cli_test(route_scenario_folder 2 ARGS route --from xian --to duisburg --scenario ${PROJECT_SOURCE_DIR}/docs STDERR "--scenario: .*docs")
endif()

# The findings of a new user's trial.
if(TARGET regcoop_cli)
  # Standard output that cannot be written (/dev/full fails every write): exit 2, said on stderr.
  find_program(REGCOOP_SH sh)
  if(EXISTS /dev/full AND REGCOOP_SH)
    function(regcoop_cli_full_test name)
      string(REPLACE ";" " " _args "${ARGN}")
      add_test(NAME cli_${name}
               COMMAND ${CMAKE_COMMAND} "-DCMD=${REGCOOP_SH}|-c|exec '$<TARGET_FILE:regcoop_cli>' ${_args} > /dev/full" -DEXIT=2
                       "-DSTDERR=^regcoop: cannot write standard output" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_expect.cmake)
    endfunction()
    regcoop_cli_full_test(full_export export --format json)
    regcoop_cli_full_test(full_members members SCO --on 2020-01-01)
    regcoop_cli_full_test(full_route route --from xian --to duisburg)
    regcoop_cli_full_test(full_help --help)
  endif()
  # make_filter's errors name the option given, not the filter_spec field.
  regcoop_cli_test(query_status_no_status 2 ARGS query parties --status active STDERR "^regcoop: --status: parties have no status")
  regcoop_cli_test(query_kind_bad 2 ARGS query projects --kind zeppelin STDERR "^regcoop: --kind: 'zeppelin' is not one of")
  regcoop_cli_test(query_sector_no_sector 2 ARGS query sources --sector energy STDERR "^regcoop: --sector: sources have no sectors")
  regcoop_cli_test(query_country_no_country 2 ARGS query sources --country KZ STDERR "^regcoop: --country: sources have no country")
  # --name=value is --name value; "--=x" and a lone "--" are refused.
  regcoop_cli_test(option_equals 0 ARGS members SCO --on=2017-07-01 --format=csv STDOUT "^member,name,role,sure\r\n.*KZ,Kazakhstan")
  regcoop_cli_test(shared_same_party 2 ARGS shared KZ Kazakhstan --on 2020-01-01 STDERR "names the same party as .*\\(KZ\\): give two parties")
  regcoop_cli_test(timeline_svg_no_dates 2 ARGS timeline KZ --format svg --roles observer
                   STDERR "name no date to take the years from: give --from YEAR and --to YEAR")
  regcoop_cli_test(option_equals_twice 2 ARGS members SCO --on=2017 --on 2018 STDERR "option --on is given twice \\('2017', then '2018'\\)")
  regcoop_cli_test(option_equals_no_name 2 ARGS show --=x STDERR "'--=x' names no option")
  regcoop_cli_test(lone_dashes 2 ARGS show -- parties STDERR "'--' is no option")
  regcoop_cli_test(version_extra 2 ARGS --version extra STDERR "--version takes no arguments")
  regcoop_cli_test(help_command 0 ARGS help members STDOUT "^usage: regcoop members ORG")
  regcoop_cli_test(help_option_command 0 ARGS --help route STDOUT "^usage: regcoop route --from NODE")
  regcoop_cli_test(help_unknown_command 2 ARGS help frobnicate STDERR "unknown command 'frobnicate'")
  regcoop_cli_test(help_help 0 ARGS help help STDOUT "^usage: regcoop COMMAND")
  regcoop_cli_test(help_of_help 0 ARGS help --help STDOUT "^usage: regcoop COMMAND")
  # An empty kind says so; the help lists every record kind.
  regcoop_cli_test(show_empty_kind 1 ARGS show border_rules STDERR "^regcoop: no border_rules in the data\n$")
  regcoop_cli_test(show_help_kinds 0 ARGS show --help STDOUT "kinds: sources parties mechanisms events agreements projects nodes segments corridors indicators border_rules\n")
  regcoop_cli_test(query_help_kinds 0 ARGS query --help STDOUT "kinds: sources parties .* border_rules\n")
  # diff reads what --data reads: embedded datasets, '+' joins, GeoJSON, CSV folders.
  regcoop_cli_test(diff_embedded_same 1 ARGS diff china-central-asia china-central-asia STDOUT "^$")
  regcoop_cli_test(diff_embedded_joined 0 ARGS diff china-central-asia china-central-asia+eurasian-organisations STDOUT "added parties/SCO\n")
  regcoop_cli_test(diff_geojson 0 ARGS diff ${CMAKE_CURRENT_SOURCE_DIR}/data/geojson/two-cities.geojson china-central-asia STDOUT "^(added|removed|changed) ")
  regcoop_cli_test(diff_csv_folder 2 ARGS diff ${CMAKE_CURRENT_SOURCE_DIR}/data/csv-problems china-central-asia STDERR "csv-problems/[a-z_]+\\.csv:[0-9]+")
  # --output: a folder for a one-file format, and an empty name, are refused.
  regcoop_cli_test(output_folder 2 ARGS export --format json --output ${CMAKE_CURRENT_BINARY_DIR} STDERR "--output: '.*' is a folder; this output is one file")
  regcoop_cli_test(output_empty 2 ARGS export --format json --output= STDERR "--output: an empty name")
  regcoop_cli_test(output_empty_csv 2 ARGS export --format csv --output= STDERR "--output: an empty name")
  # members of a country.
  regcoop_cli_test(members_country 2 ARGS members KZ STDERR "ORG 'KZ': 'KZ' is a country, not an organisation")
  # An installation moved to another prefix names its own data folder.
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_test(NAME cli_relocated_data_dir
             COMMAND ${CMAKE_COMMAND} -DREGCOOP=$<TARGET_FILE:regcoop_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/cli-relocated
                     "-DFROM_BIN=$<TARGET_PROPERTY:regcoop_cli,REGCOOP_DATA_FROM_BIN>" -P ${CMAKE_CURRENT_SOURCE_DIR}/cli_relocated.cmake)
  endif()
endif()

if(TARGET regcoop_cli)
  # Party codes of the state registry with a scheme prefix (docs/states.md): COW 705 is
  # Kazakhstan, a bare 705 is ISO numeric (Slovenia); an unknown scheme is never guessed.
  regcoop_cli_test(memberships_cow_number 0 ARGS memberships cow:705 --on 2010-01-01
                   STDOUT "^organisation\tname\trole\tsure\nSCO\tShanghai Cooperation Organisation\tfull_member\tcertainly\n")
  regcoop_cli_test(memberships_cow_abbreviation 0 ARGS memberships COW:KZK --on 2010-01-01
                   STDOUT "^organisation\tname\trole\tsure\nSCO\tShanghai Cooperation Organisation\tfull_member\tcertainly\n")
  regcoop_cli_test(memberships_bare_number_is_iso 0 ARGS memberships 705 --on 2010-01-01
                   STDOUT "^organisation\tname\trole\tsure\nEU\tEuropean Union\tfull_member\tcertainly\n")
  regcoop_cli_test(memberships_unknown_scheme 2 ARGS memberships gw:705
                   STDERR "no parties record has the id, ISO code, name or alias 'gw:705'; 'gw:' is not a code scheme \\(the schemes: cow:, iso:, iso3166-3:\\)")
endif()

# Parties over time (integrity report): validate accepts SU, DD and XK members and notes a
# spell of Kazakhstan in 1980, before its independence (state registry: 1991-12-16).
if(TARGET regcoop_cli)
  regcoop_cli_test(validate_states_over_time 0 ARGS validate ${CMAKE_CURRENT_SOURCE_DIR}/data/history/states-over-time.json
                   STDOUT "^ok: .*states-over-time.json: 6 records\nnote: parties/ORG \\(members/3\\): the spell of 'KZ' \\(full_member\\) begins 1980, before 'KZ' existed \\(from 1991-12-16 in the state registry\\)\n$")
  regcoop_cli_test(validate_embedded_history 0 ARGS validate ${PROJECT_SOURCE_DIR}/data/eurasian-organisations.json
                   STDOUT "^ok: .*eurasian-organisations.json: [0-9]+ records\n$")
endif()

# Membership spells: continuing spells read as one by --role any, concurrent roles, some day
# or every day of a coarse --on (--days), several parties in one table (tests/data/researcher.json).
if(TARGET regcoop_cli)
  set(_researcher ${CMAKE_CURRENT_SOURCE_DIR}/data/researcher.json)
  regcoop_cli_test(spells_continue_any_role 0 ARGS memberships PK --data ${_researcher} --on 1999-10-15 --role any
                   STDOUT "^organisation\tname\trole\tsure\tany_role\nCOMSEC\tCommonwealth of Nations\tfull_member\tpossibly\tcertainly\nCOMSEC\tCommonwealth of Nations\tsuspended\tpossibly\tcertainly\n$")
  regcoop_cli_test(spells_continue_full_member 1 ARGS memberships PK --data ${_researcher} --on 1999-10-15
                   STDERR "1 more possibly")
  regcoop_cli_test(spells_concurrent_roles 0 ARGS members ASEAN --data ${_researcher} --on 2023-01-01 --role any
                   STDOUT "\nTL\tTimor-Leste\tcandidate\tcertainly\tcertainly\nTL\tTimor-Leste\tobserver\tcertainly\tcertainly\n")
  regcoop_cli_test(spells_some_day 0 ARGS members SCO --data ${_researcher} --on 2017
                   STDOUT "\nIN\tIndia\tfull_member\tcertainly\n")
  regcoop_cli_test(spells_every_day 0 ARGS members SCO --data ${_researcher} --on 2017 --days every
                   STDOUT_NOT "\nIN\t")
  regcoop_cli_test(spells_every_day_note 0 ARGS members SCO --data ${_researcher} --on 2017 --days every
                   STDERR "regcoop: 2017 read as every day of 2017 \\(--days some: some day of it\\)")
  regcoop_cli_test(spells_coarse_date_note 0 ARGS members SCO --data ${_researcher} --on 2017-06
                   STDERR "regcoop: 2017-06 read as some day of 2017-06 \\(--days every: every day of it\\)")
  regcoop_cli_test(spells_bad_days 2 ARGS members SCO --data ${_researcher} --days most
                   STDERR "--days: 'most' is not one of: some, every")
  regcoop_cli_test(spells_invalid_date 2 ARGS members SCO --data ${_researcher} --on 2020-02-30
                   STDERR "--on: .*2020-02-30")
  regcoop_cli_test(spells_several_parties 0 ARGS memberships KZ,KG,TJ --data ${_researcher} --on 2016-01-01
                   STDOUT "^party\torganisation\tname\trole\tsure\nKZ\tSCO\t.*\nKG\tSCO\t.*\nTJ\tSCO\t")
  regcoop_cli_test(spells_several_organisations 0 ARGS members SCO,EAEU --data ${_researcher} --on 2016-01-01
                   STDOUT "^organisation\tmember\tname\trole\tsure\nSCO\tCN\t.*\nEAEU\t")
  regcoop_cli_test(spells_unknown_party 2 ARGS memberships KZ,NOPE --data ${_researcher}
                   STDERR "NOPE")
endif()

# Timelines, the membership chart (timeline --format svg) and dyads over every pair of countries.
if(TARGET regcoop_cli)
  regcoop_cli_test(timeline_table 0 ARGS timeline KZ
                   STDOUT "^party\tdate\trecord\twhat\tthrough\torder_note\n.*KZ\t2001-06-15\tparties/SCO\tKZ joins SCO as full_member\t\t\n")
  regcoop_cli_test(timeline_several 0 ARGS timeline KZ,Kyrgyzstan --from 2015 --to 2015 --format csv
                   STDOUT "^party,date,record,what,through,order_note\r\nKZ,2015-01-01,agreements/eaeu-treaty,.*\r\nKG,2015-08-06,parties/EAEU,KG joins EAEU as full_member,,\r\n$"
                   STDERR "undated entr(y|ies) left out")
  regcoop_cli_test(timeline_arguments 0 ARGS timeline KZ KG --from 2015-08 --to 2015-08 --format json
                   STDOUT "^\\[\n  {\"party\":\"KG\",\"date\":\"2015-08-06\",\"record\":\"parties/EAEU\",\"what\":\"KG joins EAEU as full_member\",\"through\":\"\",\"order_note\":\"\"}\n\\]\n$")
  regcoop_cli_test(timeline_none 1 ARGS timeline CN --from 1950 --to 1960 STDERR "no timeline entries of CN in 1950..1960")
  regcoop_cli_test(timeline_unknown 2 ARGS timeline XX,KZ,YY STDERR "PARTY: .*'XX'; .*'YY'")
  regcoop_cli_test(timeline_bad_window 2 ARGS timeline KZ --from 2020 --to 2010 STDERR "--to: 2010 ends before --from 2020 begins")
  regcoop_cli_test(timeline_roles_not_svg 2 ARGS timeline KZ --roles observer STDERR "--roles applies to --format svg only")
  regcoop_cli_test(timeline_help 0 ARGS timeline --help STDOUT "^usage: regcoop timeline PARTY.*--from DATE.*--format F.*--roles ROLE.*--width N.*--output FILE")
  regcoop_cli_test(timeline_svg 0 ARGS timeline TM --format svg --from 1991 --to 2026
                   STDOUT "^<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\n<svg .*<g class=\"spell observer\">.*</svg>\n$")
  regcoop_cli_test(timeline_svg_no_spells 1 ARGS timeline KZ --format svg --from 1991 --to 2026 --roles observer
                   STDERR "no membership spells of KZ in 1991..2026")
  regcoop_cli_test(timeline_svg_bad_role 2 ARGS timeline KZ --format svg --roles chair STDERR "--roles: 'chair' is not one of")
  regcoop_cli_test(timeline_svg_narrow 2 ARGS timeline KZ --format svg --width 100 STDERR "--width: '100' is not a whole number in 480..10000")
  regcoop_cli_test(dyads_all_pairs 0 ARGS dyads --from 1991 --to 1991 --pairs all --party KZ,KG,TJ,TM,UZ
                   STDOUT "^a\tb\tyear\tcount\torganisations\nKG\tKZ\t1991\t1\tCIS\nKG\tTJ\t1991\t1\tCIS\nKG\tTM\t1991\t0\t\n")
  regcoop_cli_test(dyads_party_filter 0 ARGS dyads --from 2016 --to 2016 --party Kazakhstan,KG --format csv
                   STDOUT "^a,b,year,count,organisations\r\nKG,KZ,2016,[0-9]+,[^\r]*EAEU[^\r]*\r\n$")
  regcoop_cli_test(dyads_party_unknown 2 ARGS dyads --from 2016 --to 2016 --party KZ,XX,YY STDERR "--party: .*'XX'; .*'YY'")
  regcoop_cli_test(dyads_party_not_country 2 ARGS dyads --from 2016 --to 2016 --party KZ,SCO
                   STDERR "--party: parties/SCO/kind: 'SCO' is an organisation, not a country")
  regcoop_cli_test(dyads_pairs_bad 2 ARGS dyads --from 2016 --to 2016 --pairs some STDERR "--pairs: 'some' is not one of: shared, all")
  regcoop_cli_test(dyads_all_none 1 ARGS dyads --from 1950 --to 1950 --pairs all --party KZ,KG STDERR "no two of KZ,KG existed together in 1950..1950")
  # The README picture is what the command line makes of the embedded data today (regenerate
  # it with the line below from the source tree when the data or the chart change), and it is
  # XML an ordinary parser reads, one spell group per bar.
  set(_chart ${CMAKE_CURRENT_BINARY_DIR}/central-asia-memberships.svg)
  regcoop_cli_test(chart_readme_make 0 ARGS timeline KZ,KG,TJ,TM,UZ --format svg --from 1991 --to 2026 --output ${_chart})
  set_tests_properties(cli_chart_readme_make PROPERTIES FIXTURES_SETUP regcoop_chart)
  add_test(NAME cli_chart_readme_current
           COMMAND ${CMAKE_COMMAND} -E compare_files ${_chart} ${PROJECT_SOURCE_DIR}/docs/img/central-asia-memberships.svg)
  set_tests_properties(cli_chart_readme_current PROPERTIES FIXTURES_REQUIRED regcoop_chart)
  find_program(REGCOOP_PYTHON3 NAMES python3)
  if(REGCOOP_PYTHON3)
    add_test(NAME cli_chart_readme_parses
             COMMAND ${REGCOOP_PYTHON3} -c "import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); n = sum(1 for e in r.iter() if e.get('class', '').startswith('spell ')); print(n, 'spells'); sys.exit(0 if r.tag == '{http://www.w3.org/2000/svg}svg' and n > 40 else 1)" ${_chart})
    set_tests_properties(cli_chart_readme_parses PROPERTIES FIXTURES_REQUIRED regcoop_chart)
  endif()
  # A researcher's own file: concurrent roles (Timor-Leste an ASEAN candidate and observer at
  # once, two lanes of one row), a party bound through a bloc (the through column).
  set(_researcher ${CMAKE_CURRENT_SOURCE_DIR}/data/researcher.json)
  regcoop_cli_test(timeline_researcher_mm 0 ARGS timeline MM --data ${_researcher}
                   STDOUT "^party\tdate\trecord\twhat\tthrough\torder_note\nMM\t1997-07-23\tparties/ASEAN\tMM joins ASEAN as full_member\t\t\nMM\t2020-11-15\tagreements/rcep\tRegional Comprehensive Economic Partnership signed by MM\t\t\n$")
  regcoop_cli_test(timeline_researcher_through 0 ARGS timeline DE --data ${_researcher} --from 2016
                   STDOUT "\nDE\t2016-05-01\tagreements/eu-kz-epca\t[^\t]*\tEU\t\n")
  regcoop_cli_test(timeline_researcher_svg 0 ARGS timeline TL,GB --data ${_researcher} --format svg
                   STDOUT "<g class=\"spell candidate\">.*<g class=\"spell observer\">.*<g class=\"spell bound_non_member\">")
endif()

# CSV tables and merges: memberships.csv (one row a spell, read back into the organisations'
# members), a JSON file joined with '+' that extends a record without restating it, a clash
# naming both inputs.
if(TARGET regcoop_cli)
  set(_tables_dir ${CMAKE_CURRENT_BINARY_DIR}/cli-tables)
  file(MAKE_DIRECTORY ${_tables_dir}/bad-spells)
  add_test(NAME cli_csv_folder_round_trip_researcher
           COMMAND ${CMAKE_COMMAND} -DREGCOOP=$<TARGET_FILE:regcoop_cli> -DDATA=${CMAKE_CURRENT_SOURCE_DIR}/data/researcher.json
                   -DDIR=${CMAKE_CURRENT_BINARY_DIR}/csv-round-trip-researcher -P ${CMAKE_CURRENT_SOURCE_DIR}/csv_round_trip.cmake)
  regcoop_cli_test(export_csv_memberships 0 ARGS export --format csv --kind memberships --data eurasian-organisations
                   STDOUT "^organisation,member,role,from,to,continues,reported,status_unknown,citations\r\nSCO,CN,full_member,2001-06-15,,false,,false,\"\\[")
  regcoop_cli_test(export_csv_parties_no_members 0 ARGS export --format csv --kind parties
                   STDOUT "^id,kind,name,aliases,iso_code,cow_code,organisation,home_country,seat,founded,dissolved,successors,established_by,concurrent_roles,citations\r\n")
  file(WRITE ${_tables_dir}/bad-spells/parties.csv "id,kind,name,iso_code,organisation\r\nKZ,country,Kazakhstan,KZ,none\r\nCU,organisation,Customs union,,customs_union\r\n")
  file(WRITE ${_tables_dir}/bad-spells/memberships.csv
       "organisation,member,role,from,to,continues,reported,status_unknown,citations\r\nCU,KZ,full_member,2010,,false,,false,\r\nCU,XX,full_member,2010,,false,,false,\r\nCU,KZ,boss,2012,,false,,false,\r\n")
  regcoop_cli_test(memberships_csv_bad_rows 2 ARGS validate ${_tables_dir}/bad-spells
                   STDERR "2 problems:\n.*bad-spells/memberships.csv:4:3 \\(role\\) \\(parties/CU\\): 'boss' is not one of.*bad-spells/memberships.csv:3:2 \\(member\\) \\(parties/CU\\): parties.csv holds no party with id 'XX'")
  file(WRITE ${_tables_dir}/ext.json "{\"parties\": [{\"id\": \"SCO\", \"members\": [{\"member\": \"TM\", \"role\": \"observer\", \"period\": {\"from\": \"2024-07-04\"}}]}]}\n")
  file(WRITE ${_tables_dir}/clash.json "{\"parties\": [{\"id\": \"SCO\", \"founded\": \"2002\"}]}\n")
  regcoop_cli_test(merge_extends_spell 0 ARGS members SCO --role observer --on 2024-08-01 --data eurasian-organisations+${_tables_dir}/ext.json
                   STDOUT "\nTM\tTurkmenistan\tobserver\tcertainly\n")
  regcoop_cli_test(merge_extends_alone 2 ARGS validate ${_tables_dir}/ext.json STDERR "ext.json#/parties/0/name \\(parties/SCO\\): the name is empty")
  regcoop_cli_test(merge_extends_clash 2 ARGS members SCO --data eurasian-organisations+${_tables_dir}/clash.json
                   STDERR "--data: parties/SCO/founded: .*'2001-06-15' vs '2002'; first: eurasian-organisations, second: .*clash.json\\)")
endif()
