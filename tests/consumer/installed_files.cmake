# Checks that an install prefix holds every dataset, schema and shipped mapping of the source
# tree, and the pkg-config and CMake package files.
#   cmake -DPREFIX=... -DSOURCE=<source dir> -DDATADIR=share/regcoop -P installed_files.cmake
file(GLOB mappings RELATIVE ${SOURCE}/data ${SOURCE}/data/mappings/*.json)
set(missing)
set(n 0)
foreach(f china-central-asia.json eurasian-organisations.json regcoop.schema.json scenario.schema.json
          mapping.schema.json ${mappings})
  math(EXPR n "${n} + 1")
  if(NOT EXISTS ${PREFIX}/${DATADIR}/${f})
    list(APPEND missing ${DATADIR}/${f})
  endif()
endforeach()
foreach(f share/pkgconfig/regcoop.pc share/pkgconfig/regcoop-json.pc share/cmake/regcoop/regcoopConfig.cmake
          include/regcoop/regcoop.hpp include/regcoop/config.hpp)
  math(EXPR n "${n} + 1")
  if(NOT EXISTS ${PREFIX}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
list(LENGTH mappings nm)
if(nm EQUAL 0)
  message(FATAL_ERROR "no mappings in ${SOURCE}/data/mappings")
endif()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "missing from the install prefix ${PREFIX}:\n  ${text}")
endif()
message(STATUS "${n} files present in ${PREFIX}")
